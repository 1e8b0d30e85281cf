package org.citizenhub.connectors.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads native records one at a time from a text source, so a split over it streams: only the current
 * record is in memory. Camel's splitter closes it when the split ends.
 */
abstract class NativeRecordIterator implements Iterator<NativeRecord>, Closeable {

    private NativeRecord next;
    private boolean exhausted;

    /** The next record, or null at the end of the source. */
    protected abstract NativeRecord readNext() throws IOException;

    @Override
    public final boolean hasNext() {
        if (next == null && !exhausted) {
            try {
                next = readNext();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            exhausted = next == null;
        }
        return next != null;
    }

    @Override
    public final NativeRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        NativeRecord current = next;
        next = null;
        return current;
    }
}
