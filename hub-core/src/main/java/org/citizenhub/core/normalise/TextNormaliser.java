package org.citizenhub.core.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds case, diacritics, punctuation and spacing so that "JOSÉ  O'Neil" and "jose oneil" compare equal.
 * Plain ASCII text (most of it) takes a fast path without regular expressions or Unicode normalisation.
 */
public final class TextNormaliser {

    /** Stands for a character the source lost in a bad encoding ("Jos?" for "José"). */
    public static final char WILDCARD = '?';

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private TextNormaliser() {
    }

    /** Lower case, diacritics removed, apostrophes dropped, any other punctuation or space run made one space. */
    public static String fold(String text) {
        return fold(text, false);
    }

    /**
     * {@link #fold(String)} for names: first repairs mojibake ("JosÃ©" is "José"), and keeps a lost
     * character ('?' or the Unicode replacement character) as {@link #WILDCARD}.
     */
    public static String foldName(String text) {
        if (text == null) {
            return "";
        }
        return fold(Mojibake.repair(text).replace('\uFFFD', WILDCARD), true);
    }

    private static String fold(String text, boolean keepWildcard) {
        if (text == null) {
            return "";
        }
        if (!isAscii(text)) {
            text = toAsciiLetters(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || Character.isLetterOrDigit(c)
                    || (keepWildcard && c == WILDCARD);
            if (keep) {
                if (pendingSpace && !out.isEmpty()) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else if (!isApostrophe(c)) {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´';
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Removes diacritics and spells out the letters Unicode does not decompose (ß, æ, ø, ł...). */
    private static String toAsciiLetters(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ' -> out.append('d');
                case 'Đ' -> out.append('D');
                case 'þ' -> out.append("th");
                case 'Þ' -> out.append("TH");
                case 'ı' -> out.append('i');
                default -> out.append(Character.isUpperCase(c) ? c : Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
