package org.citizenhub.core.match.block;

/** Receives candidate pairs as record indexes (a < b); one sink per worker thread, so no locking. */
@FunctionalInterface
public interface PairSink {

    void accept(int a, int b);
}
