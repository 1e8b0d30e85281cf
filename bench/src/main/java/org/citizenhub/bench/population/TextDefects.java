package org.citizenhub.bench.population;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.SplittableRandom;

/** The ways a clerk or a system garbles text: keyboard typos and the three fates of diacritics. */
final class TextDefects {

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDefects() {
    }

    /** One keyboard slip: a neighbouring key, two letters swapped, a letter dropped or doubled. */
    static String typo(String text, SplittableRandom rng) {
        if (text.length() < 3) {
            return text;
        }
        int i = 1 + rng.nextInt(text.length() - 1); // first letters are typed with most care
        char c = text.charAt(i);
        return switch (rng.nextInt(4)) {
            case 0 -> text.substring(0, i) + neighbour(c, rng) + text.substring(i + 1);
            case 1 -> i + 1 < text.length() && text.charAt(i + 1) != c
                    ? text.substring(0, i) + text.charAt(i + 1) + c + text.substring(i + 2)
                    : text.substring(0, i - 1) + c + text.charAt(i - 1) + text.substring(i + 1);
            case 2 -> text.substring(0, i) + text.substring(i + 1);
            default -> text.substring(0, i) + c + text.substring(i);
        };
    }

    /** One digit replaced by another: the "one digit off" of ids, dates and phones. */
    static String digitOff(String digits, SplittableRandom rng) {
        int[] positions = digits.chars().map(ch -> Character.isDigit(ch) ? 1 : 0).toArray();
        int count = 0;
        for (int p : positions) {
            count += p;
        }
        if (count == 0) {
            return digits;
        }
        int target = rng.nextInt(count);
        StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < digits.length(); i++) {
            if (Character.isDigit(digits.charAt(i)) && target-- == 0) {
                int d = digits.charAt(i) - '0';
                out.setCharAt(i, (char) ('0' + (d + 1 + rng.nextInt(9)) % 10));
                break;
            }
        }
        return out.toString();
    }

    static boolean hasDiacritics(String text) {
        return text != null && text.chars().anyMatch(ch -> ch > 127);
    }

    /** "José" to "Jose", "Łukasz" to "Lukasz", "Søren" to "Soren". */
    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String replaced = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE");
        return Normalizer.normalize(replaced, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** "José" to "Jos?": what a system that cannot store the letter writes instead. */
    static String questionMarks(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[^\\x00-\\x7F]", "?");
    }

    /** "José" to "JosÃ©": UTF-8 bytes read back as Windows-1252. */
    static String mojibake(String text) {
        if (text == null) {
            return null;
        }
        return new String(text.getBytes(StandardCharsets.UTF_8), WINDOWS_1252);
    }

    /** What survives a round trip through ISO-8859-1: letters outside it become "?". */
    static String latin1(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return new String(nfc.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1);
    }

    private static char neighbour(char c, SplittableRandom rng) {
        char lower = Character.toLowerCase(c);
        for (String row : KEYBOARD) {
            int at = row.indexOf(lower);
            if (at >= 0) {
                int next = at == 0 ? 1 : at == row.length() - 1 ? at - 1 : at + (rng.nextBoolean() ? 1 : -1);
                char n = row.charAt(next);
                return Character.isUpperCase(c) ? Character.toUpperCase(n) : n;
            }
        }
        return c;
    }
}
