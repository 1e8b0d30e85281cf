package org.citizenhub.core.match.prepare;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Interns folded values as small ints so that a prepared record holds ints, not strings, and two
 * values compare with {@code ==}. Each value is analysed once into a {@link Term}. Thread-safe: records
 * are prepared in parallel, and the incremental matcher keeps adding values while serving.
 */
public final class Lexicon {

    /** The id of "no value". */
    public static final int NONE = -1;

    private static final int CHUNK_BITS = 12;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final ConcurrentHashMap<String, Integer> ids = new ConcurrentHashMap<>();
    private final Function<String, Term> analyser;
    private final AtomicInteger next = new AtomicInteger();
    private final Object growLock = new Object();
    private volatile Term[][] chunks = new Term[16][];

    public Lexicon(Function<String, Term> analyser) {
        this.analyser = analyser;
    }

    /** The id of a value, adding it when new; {@link #NONE} for null or empty. */
    public int intern(String value) {
        if (value == null || value.isEmpty()) {
            return NONE;
        }
        Integer known = ids.get(value);
        if (known != null) {
            return known;
        }
        return ids.computeIfAbsent(value, this::add);
    }

    /** The id of a value already known, else {@link #NONE}; never adds. */
    public int find(String value) {
        Integer known = value == null ? null : ids.get(value);
        return known == null ? NONE : known;
    }

    public Term term(int id) {
        return chunks[id >>> CHUNK_BITS][id & (CHUNK - 1)];
    }

    public String text(int id) {
        return id == NONE ? null : term(id).text();
    }

    /** How many distinct values are known; ids run from 0 to size - 1. */
    public int size() {
        return next.get();
    }

    private Integer add(String value) {
        Term term = analyser.apply(value);
        int id = next.getAndIncrement();
        int chunk = id >>> CHUNK_BITS;
        Term[][] current = chunks;
        if (chunk >= current.length || current[chunk] == null) {
            synchronized (growLock) {
                current = chunks;
                if (chunk >= current.length) {
                    Term[][] grown = new Term[Math.max(current.length * 2, chunk + 1)][];
                    System.arraycopy(current, 0, grown, 0, current.length);
                    current = grown;
                }
                if (current[chunk] == null) {
                    current[chunk] = new Term[CHUNK];
                }
                chunks = current;
            }
        }
        current[chunk][id & (CHUNK - 1)] = term;
        return id;
    }
}
