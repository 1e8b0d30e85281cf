package org.citizenhub.hub.identity;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the {@link CitizenChangeListener} (the profile cache) about committed changes, so that none is lost
 * between a commit and the refresh: the changed citizens are noted in the {@link ProfileOutbox} inside the
 * change's transaction ({@link #note}), handed to the listener once it has committed ({@link #deliver}), and
 * the note is removed only when the listener has caught up (with the next change, see the outbox). A member
 * that dies in between leaves the note for the sweeper of any member. Without a listener nothing is noted
 * (the batch command, store tests).
 */
final class ChangeNotifier {

    /** A change noted in the outbox ({@code changeId} null when nothing was written). */
    record Noted(String changeId, Set<String> citizenIds) {

        static final Noted NOTHING = new Noted(null, Set.of());
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifier.class);

    private final ProfileOutbox outbox;
    private final TransactionTemplate ownTransaction;
    /** What the change's transactions are bound to (the DataSource), to tell whether one is still open. */
    private final Object transactionResource;
    private volatile CitizenChangeListener listener = CitizenChangeListener.NONE;

    ChangeNotifier(ProfileOutbox outbox, TransactionTemplate transactions) {
        this.outbox = outbox;
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transactionResource = transactions.getTransactionManager() instanceof ResourceTransactionManager manager
                ? manager.getResourceFactory()
                : null;
    }

    void listen(CitizenChangeListener listener) {
        this.listener = listener == null ? CitizenChangeListener.NONE : listener;
    }

    ProfileOutbox outbox() {
        return outbox;
    }

    /** Inside the change's transaction: notes the citizens it changed (one insert; one delete of earlier notes caught up with). */
    Noted note(Set<String> citizenIds) {
        if (citizenIds.isEmpty()) {
            return Noted.NOTHING;
        }
        Set<String> ids = Collections.unmodifiableSet(new LinkedHashSet<>(citizenIds));
        return new Noted(following() ? outbox.add(ids) : null, ids);
    }

    /**
     * After the change's transaction: tells the listener and removes the note once it has caught up. Inside an
     * outer transaction (the change's commit was not the real one) this waits for that transaction's commit.
     */
    void deliver(Noted noted) {
        if (noted.citizenIds().isEmpty()) {
            return;
        }
        if (insideOuterTransaction()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    hand(noted);
                }
            });
        } else {
            hand(noted);
        }
    }

    /** In a transaction of its own: a note that every citizen may have changed (before and after a bulk job). */
    Optional<String> noteEverything() {
        if (!following()) {
            return Optional.empty();
        }
        return Optional.ofNullable(ownTransaction.execute(status -> outbox.add(List.of(ProfileOutbox.EVERY_CITIZEN))));
    }

    /** After a bulk job: the listener forgets everything, then the notes go. */
    void deliverEverything(List<String> changeIds) {
        if (!following()) {
            return;
        }
        boolean caughtUp;
        try {
            caughtUp = listener.everythingChanged();
        } catch (RuntimeException e) {
            LOG.warn("Profile cache not cleared after a bulk change ({}); the outbox sweeper will retry", e.getClass().getName());
            caughtUp = false;
        }
        if (caughtUp) {
            changeIds.forEach(outbox::caughtUp);
        }
    }

    /** The change joined a transaction on the same database that is still open, so its commit is still to come. */
    private boolean insideOuterTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        return transactionResource == null
                ? TransactionSynchronizationManager.isActualTransactionActive()
                : TransactionSynchronizationManager.hasResource(transactionResource);
    }

    private boolean following() {
        return listener != CitizenChangeListener.NONE;
    }

    private void hand(Noted noted) {
        boolean caughtUp;
        try {
            caughtUp = listener.citizensChanged(noted.citizenIds());
        } catch (RuntimeException e) {
            LOG.warn("Profile refresh failed after a commit ({}); the outbox sweeper will retry", e.getClass().getName());
            caughtUp = false;
        }
        if (caughtUp && noted.changeId() != null) {
            outbox.caughtUp(noted.changeId());
        }
    }
}
