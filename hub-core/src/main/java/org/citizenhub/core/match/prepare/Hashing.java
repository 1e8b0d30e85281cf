package org.citizenhub.core.match.prepare;

/** 64-bit hashes for values kept only to be compared (emails, address keys, blocking keys). */
public final class Hashing {

    private Hashing() {
    }

    public static long hash(CharSequence text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** Combines values into one well-spread key. */
    public static long combine(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + b);
    }

    public static long combine(long a, long b, long c) {
        return combine(combine(a, b), c);
    }

    /** The MurmurHash3 finaliser; never returns 0 for a non-zero input's typical use. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        z = z ^ (z >>> 33);
        return z == 0 ? 1 : z;
    }
}
