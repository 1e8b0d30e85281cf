package org.citizenhub.hub.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.citizenhub.hub.store.SqlTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends events to the hash chain with group commit: callers queue their event, and whichever caller holds
 * the lock appends everything queued so far (at most {@value #MAX_BATCH}) in one transaction, then each caller
 * returns its own entry. Under load one transaction records many accesses, so the chain's single writer is no
 * longer one transaction per request; alone, a caller appends just its own event, as before.
 * <p>
 * Callers whose event another caller is writing wait on their own event, not on the lock: the writer wakes
 * each caller of its batch once committed, and then the caller of the oldest event still queued, to write
 * the next batch. (Waiting on the fair lock, every caller of a finished batch had to take it in turn only to
 * find its entry written, one thread hand-over each, before the next batch could start.)
 * <p>
 * Appends are serialised twice: the lock in this JVM, and in each transaction the chain-head row (locked by
 * the UPDATE that moves it, or first by {@code SELECT ... FOR UPDATE}; the same on H2 and PostgreSQL), so hub
 * members sharing a database take turns and the chain never forks. A caller returns only once its entry is
 * committed: an access is on record before its answer leaves. A batch that fails for any reason but lock
 * contention is appended again one event at a time, so one bad event fails alone.
 * <p>
 * On PostgreSQL, while this writer knows the head (it moved it last), a batch goes in with one statement and
 * one round trip ({@link PostgresChainAppend}) instead of a transaction of three.
 * <p>
 * Each entry names its block ({@code seq / seqsPerBlock}, see {@link AuditLog}), and the first entry of a
 * block adds the block's row to {@code audit_block}, under the same lock. Each writer makes sure of a block's
 * row once, in its first committed batch in that block (another member may have entered the block first), not
 * in every batch: one round trip fewer in the transaction every request waits for.
 */
final class AuditWriter {

    static final int MAX_BATCH = 256;
    private static final int LOCK_ATTEMPTS = 5;

    /** One caller's event and, once its batch is committed or has failed, the outcome; the caller waits for it. */
    private static final class Pending {
        final AuditEvent event;
        final Thread caller = Thread.currentThread();
        private AuditEntry entry;
        private RuntimeException failure;
        private volatile boolean done;

        Pending(AuditEvent event) {
            this.event = event;
        }

        void complete(AuditEntry written) {
            entry = written;
            done = true;
            LockSupport.unpark(caller);
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
            LockSupport.unpark(caller);
        }

        boolean done() {
            return done;
        }
    }

    /** A safety net only: a waiting caller is woken when its entry is written or when it is its turn to write. */
    private static final long MAX_PARK_NANOS = 10_000_000;

    private static final String INSERT = """
            INSERT INTO audit_event (seq, seq_block, at, actor, actor_role, action, citizen_id, purpose, outcome, detail, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final long seqsPerBlock;
    /** PostgreSQL's one-statement append after the remembered head; empty on other databases. */
    private final Optional<PostgresChainAppend> oneStatement;
    private final ReentrantLock lock = new ReentrantLock();
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    /** The newest block whose row this writer saw committed; read and written under the lock. */
    private long confirmedBlock = -1;
    /** The chain head as this writer's last commit left it; null when unknown. Under the lock. */
    private AuditRows.Head lastWritten;

    /** {@code databaseProduct}: the JDBC product name, which decides whether PostgreSQL's one-statement append is used. */
    AuditWriter(DataSource dataSource, Clock clock, long seqsPerBlock, String databaseProduct) {
        this.jdbc = JdbcClient.create(dataSource);
        this.batchJdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.seqsPerBlock = seqsPerBlock;
        this.oneStatement = PostgresChainAppend.forDatabase(dataSource, databaseProduct, seqsPerBlock);
    }

    AuditEntry append(AuditEvent event) {
        Pending mine = new Pending(event);
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done()) {
            if (lock.tryLock()) {
                try {
                    writeUntilDone(mine);
                } finally {
                    lock.unlock();
                }
                wakeNextWriter();
            } else {
                LockSupport.parkNanos(this, MAX_PARK_NANOS);
                // an access is recorded before its answer leaves, interrupted or not: keep waiting, say so after
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.entry;
    }

    /** As the writer (under the lock): appends batches of what is queued until the caller's own event is in. */
    private void writeUntilDone(Pending mine) {
        while (!mine.done()) {
            List<Pending> next = drain();
            if (next.isEmpty()) {
                // taken by a writer that died of an Error before settling it: fail, never spin
                mine.fail(new IllegalStateException("the audit entry was lost by a failed writer"));
            } else {
                appendBatch(next);
            }
        }
    }

    /** Events queued while this caller wrote need a writer: the caller of the oldest one becomes it. */
    private void wakeNextWriter() {
        Pending next = queue.peek();
        if (next != null) {
            LockSupport.unpark(next.caller);
        }
    }

    private List<Pending> drain() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void appendBatch(List<Pending> batch) {
        try {
            List<AuditEntry> entries = written(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(entries.get(i));
            }
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).fail(e);
                return;
            }
            for (Pending one : batch) {
                appendBatch(List.of(one));
            }
        }
    }

    /**
     * The batch, committed: on PostgreSQL in one statement after the head this writer remembers when it
     * remembers one; otherwise, or when another member wrote since, in a transaction that reads the head.
     */
    private List<AuditEntry> written(List<Pending> batch) {
        AuditRows.Head remembered = lastWritten;
        if (remembered != null && oneStatement.isPresent()) {
            List<AuditEntry> entries = signed(batch, remembered);
            boolean appended;
            try {
                appended = oneStatement.get().append(entries, remembered, blocksOpened(remembered, entries));
            } catch (DuplicateKeyException e) {
                lastWritten = null;
                throw behindItsEntries(entries, e);
            } catch (RuntimeException e) {
                lastWritten = null;
                throw e;
            }
            if (appended) {
                settled(entries);
                return entries;
            }
        }
        return inTransaction(batch);
    }

    /** The chain head and the newest block as this writer's last commit left them. */
    private void settled(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        confirmedBlock = Math.max(confirmedBlock, last.seq() / seqsPerBlock);
        lastWritten = new AuditRows.Head(last.seq(), last.hash());
    }

    private List<AuditEntry> inTransaction(List<Pending> batch) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<AuditEntry> entries = transactions.execute(status -> appendAll(batch));
                settled(entries);
                return entries;
            } catch (RuntimeException e) {
                lastWritten = null; // whatever the database holds now, read it next time
                if (!(e instanceof PessimisticLockingFailureException) || attempt == LOCK_ATTEMPTS) {
                    throw e;
                }
                // another member held the chain head past the database's lock timeout (H2): queue again
            }
        }
    }

    /**
     * Appends the batch after the chain head and moves the head. When this writer moved the head last, the
     * head it remembers is taken as the previous entry, and the move itself checks it: an UPDATE that matches
     * only that head, and locks the row as {@code FOR UPDATE} would. That saves reading the head first, one
     * round trip of the transaction every request waits for. When another member wrote since, the move
     * matches nothing; the head is then read under lock and the batch signed again.
     */
    private List<AuditEntry> appendAll(List<Pending> batch) {
        AuditRows.Head remembered = lastWritten;
        if (remembered != null) {
            List<AuditEntry> entries = signed(batch, remembered);
            if (moveHead(entries, remembered)) {
                return inserted(entries, remembered);
            }
        }
        AuditRows.Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query(AuditRows::head)
                .single();
        List<AuditEntry> entries = signed(batch, head);
        if (!moveHead(entries, head)) {
            throw new IllegalStateException("the audit chain head changed while locked");
        }
        return inserted(entries, head);
    }

    /** Moves the head to the last of the entries, if it still is {@code from}. */
    private boolean moveHead(List<AuditEntry> entries, AuditRows.Head from) {
        AuditEntry last = entries.get(entries.size() - 1);
        return jdbc.sql("""
                        UPDATE audit_chain_head SET last_seq = :seq, last_hash = :hash
                         WHERE id = 1 AND last_seq = :fromSeq AND last_hash = :fromHash""")
                .param("seq", last.seq())
                .param("hash", last.hash())
                .param("fromSeq", from.seq())
                .param("fromHash", from.hash())
                .update() == 1;
    }

    private List<AuditEntry> signed(List<Pending> batch, AuditRows.Head head) {
        long seq = head.seq();
        String previous = head.hash();
        List<AuditEntry> entries = new ArrayList<>(batch.size());
        for (Pending pending : batch) {
            AuditEntry entry = signed(++seq, previous, pending.event);
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    /** Inserts entries signed after {@code head}, with the rows of the blocks they open. */
    private List<AuditEntry> inserted(List<AuditEntry> entries, AuditRows.Head head) {
        insert(entries);
        for (long block : blocksOpened(head, entries)) {
            jdbc.sql("INSERT INTO audit_block (block) SELECT :block WHERE NOT EXISTS (SELECT 1 FROM audit_block WHERE block = :block)")
                    .param("block", block)
                    .update();
        }
        return entries;
    }

    /** The blocks of entries signed after {@code head} whose row this writer has not yet seen committed. */
    private long[] blocksOpened(AuditRows.Head head, List<AuditEntry> entries) {
        long lastBlock = entries.get(entries.size() - 1).seq() / seqsPerBlock;
        long firstBlock = Math.max((head.seq() + 1) / seqsPerBlock, confirmedBlock + 1);
        return LongStream.rangeClosed(firstBlock, lastBlock).toArray();
    }

    private AuditEntry signed(long seq, String previousHash, AuditEvent event) {
        AuditEntry unsigned = new AuditEntry(seq, AuditChain.stored(clock.instant()), event.actor(),
                event.actorRole(), event.action().name(), event.citizenId(), event.purpose(), event.outcome().name(),
                event.detail(), previousHash, null);
        String hash = AuditChain.hash(unsigned);
        return new AuditEntry(seq, unsigned.at(), unsigned.actor(), unsigned.actorRole(), unsigned.action(),
                unsigned.citizenId(), unsigned.purpose(), unsigned.outcome(), unsigned.detail(), previousHash, hash);
    }

    /**
     * One JDBC batch for the whole group: the statement is prepared once, not once per entry (under load the
     * per-entry statements were a large share of a profile read's garbage).
     */
    private void insert(List<AuditEntry> entries) {
        try {
            batchJdbc.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
                statement.setLong(1, entry.seq());
                statement.setLong(2, entry.seq() / seqsPerBlock);
                statement.setObject(3, SqlTime.toSql(entry.at()));
                statement.setString(4, entry.actor());
                statement.setString(5, entry.actorRole());
                statement.setString(6, entry.action());
                statement.setString(7, entry.citizenId());
                statement.setString(8, entry.purpose());
                statement.setString(9, entry.outcome());
                statement.setString(10, entry.detail());
                statement.setString(11, entry.prevHash());
                statement.setString(12, entry.hash());
            });
        } catch (DuplicateKeyException e) {
            throw behindItsEntries(entries, e);
        }
    }

    private static IllegalStateException behindItsEntries(List<AuditEntry> entries, DuplicateKeyException e) {
        return new IllegalStateException("the audit chain head is behind its entries (seq " + entries.get(0).seq()
                + " or later exists): the log was changed outside the hub; run audit-verify", e);
    }
}
