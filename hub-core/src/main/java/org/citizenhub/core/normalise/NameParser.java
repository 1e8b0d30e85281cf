package org.citizenhub.core.normalise;

import java.util.ArrayList;
import java.util.List;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PersonName;

/**
 * Splits the ways agencies write a name into its parts. A full name is read as "FAMILY, Given Middle"
 * or "Given Middle Family"; a given-name field may hold several forenames (the first is the given name,
 * the rest middle names); titles before a name and suffixes after it are moved to their own parts
 * wherever they appear, as long as some name is left. Spelling and case are kept as the source wrote them.
 */
public final class NameParser {

    /** How a one-field full name is ordered. {@code AUTO}: family first when it holds a comma. */
    public enum Order { FAMILY_FIRST, GIVEN_FIRST, AUTO }

    private NameParser() {
    }

    /** Parses a full name held in one field; blank gives an empty name. */
    public static PersonName parseFull(String full, Order order) {
        if (full == null || full.isBlank()) {
            return empty();
        }
        String text = full.trim();
        boolean hasComma = text.indexOf(',') >= 0;
        return switch (order) {
            case FAMILY_FIRST -> hasComma ? familyCommaGiven(text) : familyThenGiven(text);
            case GIVEN_FIRST -> hasComma && !onlySuffixesAfterComma(text) ? familyCommaGiven(text) : givenThenFamily(text);
            case AUTO -> hasComma && !onlySuffixesAfterComma(text) ? familyCommaGiven(text) : givenThenFamily(text);
        };
    }

    /**
     * Builds a name from separate fields, any of which may be null. The first token of {@code given} is
     * the given name and the others are middle names, before those of {@code middle}; titles leading the
     * given or family field and suffixes trailing them are moved to title and suffix.
     */
    public static PersonName fromParts(String title, String given, List<String> middle, String family, String suffix) {
        Tokens titles = Tokens.of(title);
        Tokens suffixes = Tokens.of(suffix);
        Tokens familyTokens = Tokens.of(family);
        Tokens givenTokens = Tokens.of(given);
        givenTokens.moveLeadingTitlesTo(titles, !familyTokens.isEmpty());
        familyTokens.moveLeadingTitlesTo(titles, false);
        familyTokens.moveTrailingSuffixesTo(suffixes, false);
        givenTokens.moveTrailingSuffixesTo(suffixes, !familyTokens.isEmpty());
        List<String> middles = new ArrayList<>(givenTokens.tail());
        if (middle != null) {
            middle.stream().map(Tokens::of).forEach(m -> middles.addAll(m.all()));
        }
        return new PersonName(titles.joined(), givenTokens.first(), middles, familyTokens.joined(), suffixes.joined(),
                NameUse.OFFICIAL);
    }

    /** "SMITH, John Paul", "SMITH JR, Dr John", "Smith, John, Jr." */
    private static PersonName familyCommaGiven(String text) {
        String[] parts = text.split(",");
        String family = parts[0];
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            rest.append(' ').append(parts[i]);
        }
        return fromParts(null, rest.toString(), List.of(), family, null);
    }

    /** "SMITH John Paul", "VAN DYKE Anna": the first token, with any particles before it, is the family name. */
    private static PersonName familyThenGiven(String text) {
        Tokens titles = new Tokens(List.of());
        Tokens tokens = Tokens.of(text);
        tokens.moveLeadingTitlesTo(titles, false);
        List<String> all = tokens.all();
        int end = 0;
        while (end < all.size() - 1 && NameAffixes.isFamilyParticle(all.get(end))) {
            end++;
        }
        String family = String.join(" ", all.subList(0, end + 1));
        String given = String.join(" ", all.subList(end + 1, all.size()));
        PersonName parsed = fromParts(null, given, List.of(), family, null);
        return withTitle(parsed, titles.joined());
    }

    /** "Dr John Paul van Dyke Jr": the last token, with any particles before it, is the family name. */
    private static PersonName givenThenFamily(String text) {
        Tokens titles = new Tokens(List.of());
        Tokens suffixes = new Tokens(List.of());
        Tokens tokens = Tokens.of(text.replace(",", " "));
        tokens.moveLeadingTitlesTo(titles, false);
        tokens.moveTrailingSuffixesTo(suffixes, false);
        List<String> all = tokens.all();
        if (all.size() == 1) {
            return new PersonName(titles.joined(), null, List.of(), all.get(0), suffixes.joined(), NameUse.OFFICIAL);
        }
        int start = all.size() - 1;
        while (start > 1 && NameAffixes.isFamilyParticle(all.get(start - 1))) {
            start--;
        }
        String family = String.join(" ", all.subList(start, all.size()));
        List<String> middle = all.subList(1, start);
        return new PersonName(titles.joined(), all.get(0), middle, family, suffixes.joined(), NameUse.OFFICIAL);
    }

    private static boolean onlySuffixesAfterComma(String text) {
        String tail = text.substring(text.indexOf(',') + 1);
        List<String> tokens = Tokens.of(tail.replace(",", " ")).all();
        return !tokens.isEmpty() && tokens.stream().allMatch(NameAffixes::isSuffix);
    }

    private static PersonName withTitle(PersonName name, String leadingTitle) {
        if (leadingTitle == null) {
            return name;
        }
        String title = name.title() == null ? leadingTitle : leadingTitle + " " + name.title();
        return new PersonName(title, name.given(), name.middle(), name.family(), name.suffix(), name.use());
    }

    private static PersonName empty() {
        return new PersonName(null, null, List.of(), null, null, NameUse.OFFICIAL);
    }

    /** A mutable run of whitespace-separated tokens that titles and suffixes can be taken from. */
    private static final class Tokens {
        private final List<String> tokens;

        private Tokens(List<String> tokens) {
            this.tokens = new ArrayList<>(tokens);
        }

        static Tokens of(String text) {
            if (text == null || text.isBlank()) {
                return new Tokens(List.of());
            }
            return new Tokens(List.of(text.trim().split("\\s+")));
        }

        boolean isEmpty() {
            return tokens.isEmpty();
        }

        /** Moves leading titles out; keeps at least one token unless {@code mayEmpty}. */
        void moveLeadingTitlesTo(Tokens target, boolean mayEmpty) {
            List<String> moved = new ArrayList<>();
            while (!tokens.isEmpty() && NameAffixes.isTitle(tokens.get(0)) && (mayEmpty || tokens.size() > 1)) {
                moved.add(tokens.remove(0));
            }
            target.addMissing(moved);
        }

        /** Moves trailing suffixes out; keeps at least one token unless {@code mayEmpty}. */
        void moveTrailingSuffixesTo(Tokens target, boolean mayEmpty) {
            List<String> moved = new ArrayList<>();
            while (!tokens.isEmpty() && NameAffixes.isSuffix(tokens.get(tokens.size() - 1))
                    && (mayEmpty || tokens.size() > 1)) {
                moved.add(0, tokens.remove(tokens.size() - 1));
            }
            target.addMissing(moved);
        }

        /** Adds the tokens this run does not already hold, so "Mr" in two fields stays one title. */
        private void addMissing(List<String> moved) {
            moved.stream().filter(t -> tokens.stream().noneMatch(t::equalsIgnoreCase)).forEach(tokens::add);
        }

        String first() {
            return tokens.isEmpty() ? null : tokens.get(0);
        }

        List<String> tail() {
            return tokens.size() <= 1 ? List.of() : tokens.subList(1, tokens.size());
        }

        List<String> all() {
            return List.copyOf(tokens);
        }

        String joined() {
            return tokens.isEmpty() ? null : String.join(" ", tokens);
        }
    }
}
