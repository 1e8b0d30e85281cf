package org.citizenhub.connectors.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.hc.core5.http.io.EofSensorInputStream;

/**
 * One HTTP response body, read from its stream up to a limit so that an oversized page is never held whole:
 * past the limit, reading stops and only the first {@code keptWhenTooLarge} bytes are kept (for the dead letter).
 */
record PageBody(byte[] bytes, boolean tooLarge) {

    static PageBody read(InputStream in, int limit, int keptWhenTooLarge) throws IOException {
        if (in == null) {
            return new PageBody(new byte[0], false);
        }
        boolean tooLarge = false;
        try {
            byte[] read = in.readNBytes(limit + 1);
            tooLarge = read.length > limit;
            return tooLarge ? new PageBody(Arrays.copyOf(read, Math.min(limit, keptWhenTooLarge)), true)
                    : new PageBody(read, false);
        } finally {
            stop(in, tooLarge);
        }
    }

    /**
     * Closing HttpClient's stream would first read the rest of the body, however long; aborting drops the
     * connection instead. A decompressing stream hides HttpClient's, so a compressed body is read past
     * (not kept) to its end.
     */
    private static void stop(InputStream in, boolean unread) throws IOException {
        if (unread && in instanceof EofSensorInputStream http) {
            http.abort();
        } else {
            in.close();
        }
    }
}
