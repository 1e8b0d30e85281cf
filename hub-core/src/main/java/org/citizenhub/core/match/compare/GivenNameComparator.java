package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.Lexicon;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.match.prepare.Term;
import org.citizenhub.core.normalise.Nicknames;

/**
 * Given names: exact (lost characters allowed), alias (a known nickname or spelling variant, or a middle,
 * preferred or previous given name of the other record), phonetic (Double Metaphone), Jaro-Winkler at
 * least 0.92, at least 0.85 (or one typo apart), initial only, different, missing. Given and family names swapped between the
 * records count as agreement. Cheap tests first: Jaro-Winkler only when all else failed.
 */
public final class GivenNameComparator implements FieldComparator {

    public static final int EXACT = 0;
    public static final int ALIAS = 1;
    public static final int PHONETIC = 2;
    public static final int JW92 = 3;
    public static final int JW85 = 4;
    public static final int INITIAL = 5;
    public static final int DIFFERENT = 6;
    public static final int MISSING = 7;

    private final NameTerms terms;

    public GivenNameComparator(Lexicon names) {
        this.terms = new NameTerms(names);
    }

    @Override
    public int compare(PreparedRecord a, PreparedRecord b) {
        int ga = a.given();
        int gb = b.given();
        if (ga == Lexicon.NONE || gb == Lexicon.NONE) {
            return MISSING;
        }
        if (terms.same(ga, gb)) {
            return EXACT;
        }
        boolean initialA = a.has(PreparedRecord.GIVEN_INITIAL);
        boolean initialB = b.has(PreparedRecord.GIVEN_INITIAL);
        if (initialA || initialB) {
            return initialAgrees(a, b, initialA) ? INITIAL : DIFFERENT;
        }
        Term ta = terms.term(ga);
        Term tb = terms.term(gb);
        if (Nicknames.shareGroup(ta.groups(), tb.groups())
                || NameTerms.contains(b.givenAlts(), ga) || NameTerms.contains(a.givenAlts(), gb)) {
            return ALIAS;
        }
        if (swapped(a, b)) {
            return terms.same(ga, b.family()) ? EXACT : PHONETIC;
        }
        if (terms.soundAlike(ga, gb)) {
            return PHONETIC;
        }
        double similarity = terms.similarity(ga, gb);
        if (similarity >= 0.92) {
            return JW92;
        }
        if (similarity >= 0.85 || terms.oneEditApart(ga, gb)) {
            return JW85;
        }
        return DIFFERENT; // sharing only a middle name is no alias: siblings often do
    }

    /** One record's given name is an initial: it agrees with the other's given or any other given name. */
    private boolean initialAgrees(PreparedRecord a, PreparedRecord b, boolean initialA) {
        PreparedRecord initialOnly = initialA ? a : b;
        PreparedRecord full = initialA ? b : a;
        char initial = terms.term(initialOnly.given()).text().charAt(0);
        if (terms.term(full.given()).text().charAt(0) == initial) {
            return true;
        }
        for (int alt : full.givenAlts()) {
            if (terms.term(alt).text().charAt(0) == initial) {
                return true;
            }
        }
        return false;
    }

    /** Given of one is (close to) the family of the other, and the other way round. */
    private boolean swapped(PreparedRecord a, PreparedRecord b) {
        return a.family() != Lexicon.NONE && b.family() != Lexicon.NONE
                && terms.closeToAnyFamily(a.given(), b) && terms.closeToAnyFamily(b.given(), a);
    }
}
