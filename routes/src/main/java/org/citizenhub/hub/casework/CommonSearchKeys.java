package org.citizenhub.hub.casework;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search keys lately found too common to choose candidates with (a frequent name's sound), so that a
 * search skips them without reading their rows again. A key grows common with the population and rarely
 * stops being so; the memory is still forgotten after {@code ttlMillis} and bounded in size, because it is
 * only a shortcut: forgetting a key costs one bounded read.
 */
final class CommonSearchKeys {

    private final Map<String, Long> expiries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long ttlMillis;
    private final int maxKeys;

    CommonSearchKeys(Clock clock, long ttlMillis, int maxKeys) {
        this.clock = clock;
        this.ttlMillis = ttlMillis;
        this.maxKeys = maxKeys;
    }

    boolean contains(String key) {
        Long expiry = expiries.get(key);
        if (expiry == null) {
            return false;
        }
        if (expiry <= clock.millis()) {
            expiries.remove(key, expiry);
            return false;
        }
        return true;
    }

    void add(String key) {
        if (expiries.size() >= maxKeys) {
            expiries.clear();
        }
        expiries.put(key, clock.millis() + ttlMillis);
    }
}
