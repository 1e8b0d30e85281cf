package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.Lexicon;
import org.citizenhub.core.match.prepare.Term;
import org.citizenhub.core.normalise.Phonetic;

/** What the name comparators share: equality that honours lost characters, phonetics, list lookups. */
final class NameTerms {

    private final Lexicon names;

    NameTerms(Lexicon names) {
        this.names = names;
    }

    Term term(int id) {
        return names.term(id);
    }

    /** Same name, or the same but for characters a bad encoding lost. */
    boolean same(int a, int b) {
        if (a == b) {
            return a != Lexicon.NONE;
        }
        if (a == Lexicon.NONE || b == Lexicon.NONE) {
            return false;
        }
        Term ta = names.term(a);
        Term tb = names.term(b);
        return (ta.wildcard() || tb.wildcard()) && Wildcards.matches(ta.text(), tb.text());
    }

    boolean soundAlike(int a, int b) {
        if (a == Lexicon.NONE || b == Lexicon.NONE) {
            return false;
        }
        Term ta = names.term(a);
        Term tb = names.term(b);
        return ta.length() > 1 && tb.length() > 1
                && Phonetic.agree(ta.phonetic(), ta.phoneticAlt(), tb.phonetic(), tb.phoneticAlt());
    }

    /** Same, sound-alike or known aliases: good enough to count a given/family swap. */
    boolean close(int a, int b) {
        return same(a, b) || soundAlike(a, b)
                || (a != Lexicon.NONE && b != Lexicon.NONE
                    && org.citizenhub.core.normalise.Nicknames.shareGroup(names.term(a).groups(), names.term(b).groups()));
    }

    /** {@link #close} to the family name or to any part or other family name of the record. */
    boolean closeToAnyFamily(int given, org.citizenhub.core.match.prepare.PreparedRecord other) {
        if (close(given, other.family())) {
            return true;
        }
        for (int alt : other.familyAlts()) {
            if (close(given, alt)) {
                return true;
            }
        }
        return false;
    }

    double similarity(int a, int b) {
        return JaroWinkler.similarity(names.term(a).text(), names.term(b).text());
    }

    /** One typo apart (a letter changed, added, dropped, or two adjacent letters swapped); three letters or more. */
    boolean oneEditApart(int a, int b) {
        String x = names.term(a).text();
        String y = names.term(b).text();
        return x.length() >= 3 && y.length() >= 3 && withinOneEdit(x, y);
    }

    static boolean withinOneEdit(String x, String y) {
        int lx = x.length();
        int ly = y.length();
        if (Math.abs(lx - ly) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(lx, ly) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (i == Math.min(lx, ly)) {
            return true;
        }
        if (lx == ly) {
            if (x.substring(i + 1).equals(y.substring(i + 1))) {
                return true;
            }
            return i + 1 < lx && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2));
        }
        return lx > ly ? x.substring(i + 1).equals(y.substring(i)) : x.substring(i).equals(y.substring(i + 1));
    }

    static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    static boolean intersect(int[] a, int[] b) {
        for (int x : a) {
            if (contains(b, x)) {
                return true;
            }
        }
        return false;
    }
}
