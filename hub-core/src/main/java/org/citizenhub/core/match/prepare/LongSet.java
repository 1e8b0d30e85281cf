package org.citizenhub.core.match.prepare;

import java.util.Arrays;

/** An immutable set of longs by open addressing: no boxing, for generic values and large-key lists. */
public final class LongSet {

    private static final LongSet EMPTY = new LongSet(new long[0]);

    private final long[] slots;
    private final long[] values;
    private final boolean hasZero;

    private LongSet(long[] values) {
        this.values = Arrays.stream(values).distinct().sorted().toArray();
        int capacity = Integer.highestOneBit(Math.max(4, this.values.length * 2 + 1)) << 1;
        this.slots = new long[capacity];
        boolean zero = false;
        for (long value : this.values) {
            if (value == 0) {
                zero = true;
                continue;
            }
            int slot = slot(value);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = value;
        }
        this.hasZero = zero;
    }

    public static LongSet of(long... values) {
        return values.length == 0 ? EMPTY : new LongSet(values);
    }

    public static LongSet empty() {
        return EMPTY;
    }

    public boolean contains(long value) {
        if (value == 0) {
            return hasZero;
        }
        int slot = slot(value);
        while (slots[slot] != 0) {
            if (slots[slot] == value) {
                return true;
            }
            slot = (slot + 1) & (slots.length - 1);
        }
        return false;
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The values, sorted; a copy. */
    public long[] toArray() {
        return values.clone();
    }

    private int slot(long value) {
        return (int) Hashing.mix(value) & (slots.length - 1);
    }
}
