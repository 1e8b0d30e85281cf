package org.citizenhub.core.match.prepare;

import org.citizenhub.core.normalise.Nicknames;
import org.citizenhub.core.normalise.Phonetic;
import org.citizenhub.core.normalise.TextNormaliser;

/**
 * The two lexicons a population's records are interned into: name tokens, analysed for phonetic codes
 * and nickname groups, and place words (postcodes, house numbers, streets, towns, flats), kept as text.
 */
public record Lexicons(Lexicon names, Lexicon places, Nicknames nicknames) {

    public static Lexicons create(Nicknames nicknames) {
        return new Lexicons(new Lexicon(text -> analyseName(text, nicknames)), new Lexicon(Term::plain), nicknames);
    }

    public static Lexicons standard() {
        return create(Nicknames.standard());
    }

    private static Term analyseName(String text, Nicknames nicknames) {
        int[] groups = nicknames.groups(text);
        String canonical = nicknames.canonical(text);
        int root = text.length() > 1 ? Phonetic.primary(canonical) : 0;
        return new Term(text, Hashing.hash(text), Phonetic.primary(text), Phonetic.alternate(text), groups, root,
                text.indexOf(TextNormaliser.WILDCARD) >= 0);
    }
}
