package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.Lexicon;
import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * Family names: exact (parts joined, so "O Brien", "O'Brien" and "OBrien" agree, and Mac is Mc), other
 * name (a part of a double-barrelled name, or a maiden or previous name of the other record), phonetic,
 * Jaro-Winkler at least 0.92, at least 0.85 (or one typo apart), different, missing. Swapped given and family names agree.
 */
public final class FamilyNameComparator implements FieldComparator {

    public static final int EXACT = 0;
    public static final int OTHER_NAME = 1;
    public static final int PHONETIC = 2;
    public static final int JW92 = 3;
    public static final int JW85 = 4;
    public static final int DIFFERENT = 5;
    public static final int MISSING = 6;

    private final NameTerms terms;

    public FamilyNameComparator(Lexicon names) {
        this.terms = new NameTerms(names);
    }

    @Override
    public int compare(PreparedRecord a, PreparedRecord b) {
        int fa = a.family();
        int fb = b.family();
        if (fa == Lexicon.NONE || fb == Lexicon.NONE) {
            return MISSING;
        }
        if (terms.same(fa, fb)) {
            return EXACT;
        }
        if (NameTerms.contains(b.familyAlts(), fa) || NameTerms.contains(a.familyAlts(), fb)
                || NameTerms.intersect(a.familyAlts(), b.familyAlts())) {
            return OTHER_NAME;
        }
        if (a.given() != Lexicon.NONE && b.given() != Lexicon.NONE
                && terms.closeToAnyFamily(b.given(), a) && terms.closeToAnyFamily(a.given(), b)) {
            return terms.same(fa, b.given()) ? EXACT : PHONETIC;
        }
        if (terms.soundAlike(fa, fb)) {
            return PHONETIC;
        }
        double similarity = terms.similarity(fa, fb);
        if (similarity >= 0.92) {
            return JW92;
        }
        return similarity >= 0.85 || terms.oneEditApart(fa, fb) ? JW85 : DIFFERENT;
    }
}
