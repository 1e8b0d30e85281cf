package org.citizenhub.hub.identity;

/**
 * Batch mode for a first load: once on, the first {@code threshold} new records are still matched one by one
 * (a small load behaves as always, with its evidence and review items), every new record after them is only
 * stored, for one batch resolution at the end of the load. Guarded by the ingest sink's lock.
 */
final class FirstLoadDeferral {

    private boolean on;
    private long threshold;
    private long seen;
    private long deferred;

    void start(long newThreshold) {
        on = true;
        threshold = newThreshold;
        seen = 0;
        deferred = 0;
    }

    /** Called for each new (never linked) record: whether to store it without matching. */
    boolean defer() {
        if (!on) {
            return false;
        }
        seen++;
        if (seen <= threshold) {
            return false;
        }
        deferred++;
        return true;
    }

    /** Ends batch mode; answers how many records wait for the batch resolution. */
    long stop() {
        on = false;
        return deferred;
    }

    boolean isOn() {
        return on;
    }
}
