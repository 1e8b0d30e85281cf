package org.citizenhub.core.match;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.record.SourceRecord;

/**
 * Remembers the last few prepared records by object identity, so that an incoming record compared with
 * a hundred candidates is prepared once. Identity, not equality: hashing a whole record costs more than
 * preparing it, and an equal record read again is simply prepared again.
 */
final class PreparedCache {

    private final Map<Identity, PreparedRecord> entries;

    PreparedCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Identity, PreparedRecord> eldest) {
                return size() > capacity;
            }
        };
    }

    PreparedRecord get(SourceRecord record, Function<SourceRecord, PreparedRecord> prepare) {
        Identity key = new Identity(record);
        synchronized (entries) {
            PreparedRecord known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        PreparedRecord prepared = prepare.apply(record);
        synchronized (entries) {
            entries.put(key, prepared);
        }
        return prepared;
    }

    private record Identity(SourceRecord record) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity that && that.record == record;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(record);
        }
    }
}
