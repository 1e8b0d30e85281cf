package org.citizenhub.core.normalise;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone codes of a folded name, packed into an int (four code characters of five bits each)
 * so that records hold no code strings and two codes compare with {@code ==}. 0 means no code.
 */
public final class Phonetic {

    private static final DoubleMetaphone ENCODER = new DoubleMetaphone();
    private static final String ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private Phonetic() {
    }

    /** The primary code; letters only are encoded (a lost character '?' is skipped). */
    public static int primary(String folded) {
        String letters = letters(folded);
        return letters.isEmpty() ? 0 : pack(ENCODER.doubleMetaphone(letters, false));
    }

    /** The alternate code, equal to the primary one for most names. */
    public static int alternate(String folded) {
        String letters = letters(folded);
        return letters.isEmpty() ? 0 : pack(ENCODER.doubleMetaphone(letters, true));
    }

    /** Whether the two names share a code: primary or alternate, in any combination. */
    public static boolean agree(int primaryA, int alternateA, int primaryB, int alternateB) {
        if (primaryA == 0 || primaryB == 0) {
            return false;
        }
        return primaryA == primaryB || primaryA == alternateB || alternateA == primaryB || alternateA == alternateB;
    }

    static int pack(String code) {
        if (code == null) {
            return 0;
        }
        int packed = 0;
        for (int i = 0; i < Math.min(4, code.length()); i++) {
            int index = ALPHABET.indexOf(code.charAt(i));
            packed = (packed << 5) | (index < 0 ? 31 : index + 1);
        }
        return packed;
    }

    private static String letters(String folded) {
        if (folded == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
