package org.citizenhub.core.match.compare;

import org.citizenhub.core.normalise.TextNormaliser;

/**
 * Matching of names that lost characters to a bad encoding: in "jos?" the '?' stood for one non-ASCII
 * letter, and a run of '?' for one or two ("jos??" when é was two bytes). At least two real letters
 * must agree, so "?" alone matches nothing.
 */
final class Wildcards {

    private static final char W = TextNormaliser.WILDCARD;

    private Wildcards() {
    }

    static boolean matches(String a, String b) {
        if (known(a) < 2 || known(b) < 2) {
            return false;
        }
        return match(a, 0, b, 0) || match(b, 0, a, 0);
    }

    private static int known(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != W) {
                n++;
            }
        }
        return n;
    }

    /** Whether pattern[p..] (with wildcard runs) matches text[t..]; a '?' in the text matches any one char. */
    private static boolean match(String pattern, int p, String text, int t) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == W) {
                int run = 0;
                while (p + run < pattern.length() && pattern.charAt(p + run) == W) {
                    run++;
                }
                for (int take = 1; take <= run && t + take <= text.length(); take++) {
                    if (match(pattern, p + run, text, t + take)) {
                        return true;
                    }
                }
                return false;
            }
            if (t >= text.length() || (text.charAt(t) != c && text.charAt(t) != W)) {
                return false;
            }
            p++;
            t++;
        }
        return t == text.length();
    }
}
