package org.citizenhub.core.match.prepare;

/**
 * One distinct folded value of a {@link Lexicon} with what comparisons need of it, computed once per
 * value rather than once per record: a stable hash (for keys that outlive the process), Double Metaphone codes, nickname groups, the packed code of its
 * canonical (nickname head) form for blocking, and whether it holds a lost character ('?').
 */
public record Term(String text, long hash, int phonetic, int phoneticAlt, int[] groups, int root, boolean wildcard) {

    private static final int[] NO_GROUPS = new int[0];

    /** A term for a place word (street, town, postcode): text only. */
    public static Term plain(String text) {
        return new Term(text, Hashing.hash(text), 0, 0, NO_GROUPS, 0, false);
    }

    public int length() {
        return text.length();
    }
}
