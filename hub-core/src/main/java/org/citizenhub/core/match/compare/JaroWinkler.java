package org.citizenhub.core.match.compare;

/**
 * Jaro-Winkler similarity (prefix scale 0.1, up to four prefix characters). Names up to 64 characters
 * keep their matched-character flags in two longs, so a comparison allocates nothing.
 */
public final class JaroWinkler {

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.length() > 64 || b.length() > 64) {
            return similarity(a.substring(0, Math.min(64, a.length())), b.substring(0, Math.min(64, b.length())));
        }
        String s = a.length() <= b.length() ? a : b;
        String l = s == a ? b : a;
        int window = Math.max(0, l.length() / 2 - 1);
        long matchedS = 0;
        long matchedL = 0;
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(l.length() - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((matchedL & (1L << j)) == 0 && l.charAt(j) == c) {
                    matchedS |= 1L << i;
                    matchedL |= 1L << j;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < s.length(); i++) {
            if ((matchedS & (1L << i)) != 0) {
                while ((matchedL & (1L << j)) == 0) {
                    j++;
                }
                if (s.charAt(i) != l.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / s.length() + m / l.length() + (m - transpositions / 2.0) / m) / 3.0;
        int prefix = 0;
        while (prefix < Math.min(4, s.length()) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }
}
