package org.citizenhub.core.normalise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds case, diacritics, punctuation and spacing so that "JOSÉ  O'Neil" and "jose oneil" compare equal. */
public final class TextNormaliser {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextNormaliser() {
    }

    /** Lower case, diacritics removed, apostrophes dropped, any other punctuation or space run made one space. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        String noApostrophes = APOSTROPHES.matcher(plain).replaceAll("");
        return NON_ALPHANUMERIC.matcher(noApostrophes.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
