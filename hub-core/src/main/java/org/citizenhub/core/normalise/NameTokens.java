package org.citizenhub.core.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Name parts as comparable tokens: folded (case, diacritics, punctuation, mojibake), split on spaces and
 * hyphens, with titles and generational suffixes taken out and "Mac" spelled "Mc" so that MacDonald and
 * McDonald agree. The suffix a name carries is kept as a {@link Generation}: Jr and Sr are two people.
 */
public final class NameTokens {

    /** The generational suffix of a name: JUNIOR and SENIOR (or II and III) never name one person. */
    public enum Generation {
        NONE, JUNIOR, SENIOR, THIRD, FOURTH;

        /** Whether the two suffixes say two different people. */
        public boolean conflictsWith(Generation other) {
            return this != NONE && other != NONE && this != other;
        }

        static Generation of(String token) {
            return switch (token) {
                case "jr", "jnr", "junior", "ii" -> JUNIOR;
                case "sr", "snr", "senior" -> SENIOR;
                case "iii" -> THIRD;
                case "iv" -> FOURTH;
                default -> NONE;
            };
        }

        Generation or(Generation other) {
            return this == NONE ? other : this;
        }
    }

    private NameTokens() {
    }

    /** Tokens of a given or middle name field: titles in front and suffixes behind are dropped. */
    public static List<String> given(String raw) {
        List<String> tokens = split(raw);
        dropTitles(tokens);
        dropSuffixes(tokens);
        return tokens;
    }

    /** Tokens of a family name field, with Mac spelled Mc; titles and suffixes dropped. */
    public static List<String> family(String raw) {
        List<String> tokens = split(raw);
        dropTitles(tokens);
        dropSuffixes(tokens);
        tokens.replaceAll(NameTokens::macToMc);
        return tokens;
    }

    /**
     * The parts of a multi-part family name worth matching alone ("smith", "jones" of Smith-Jones;
     * "berg" of van der Berg): particles and single letters left out. Empty for a one-part name.
     */
    public static List<String> familyParts(List<String> familyTokens) {
        if (familyTokens.size() < 2) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(familyTokens.size());
        for (String token : familyTokens) {
            if (token.length() > 1 && !NameAffixes.isFamilyParticle(token)) {
                parts.add(token);
            }
        }
        return parts;
    }

    /** The generation a name's suffix field, or a suffix left trailing in its given or family field, states. */
    public static Generation generation(String suffix, String given, String family) {
        Generation found = Generation.NONE;
        for (String token : split(suffix)) {
            found = found.or(Generation.of(token));
        }
        found = found.or(trailingGeneration(family));
        return found.or(trailingGeneration(given));
    }

    /** "Mac" + at least four more letters becomes "Mc": MacDonald/McDonald, MacKenzie/McKenzie. */
    static String macToMc(String token) {
        return token.length() > 6 && token.startsWith("mac") ? "mc" + token.substring(3) : token;
    }

    private static Generation trailingGeneration(String raw) {
        if (raw == null || !NameAffixes.isSuffix(lastWord(raw))) {
            return Generation.NONE; // the common case, decided without folding
        }
        List<String> tokens = split(raw);
        Generation found = Generation.NONE;
        for (int i = tokens.size() - 1; i > 0 && NameAffixes.isSuffix(tokens.get(i)); i--) {
            found = found.or(Generation.of(tokens.get(i)));
        }
        return found;
    }

    private static String lastWord(String raw) {
        int end = raw.length();
        while (end > 0 && Character.isWhitespace(raw.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(raw.charAt(start - 1)) && raw.charAt(start - 1) != ',') {
            start--;
        }
        return raw.substring(start, end);
    }

    private static List<String> split(String raw) {
        String folded = TextNormaliser.foldName(raw);
        List<String> tokens = new ArrayList<>(3);
        int start = 0;
        for (int i = 0; i <= folded.length(); i++) {
            if (i == folded.length() || folded.charAt(i) == ' ') {
                if (i > start) {
                    tokens.add(folded.substring(start, i));
                }
                start = i + 1;
            }
        }
        return tokens;
    }

    private static void dropTitles(List<String> tokens) {
        while (tokens.size() > 1 && NameAffixes.isTitle(tokens.get(0))) {
            tokens.remove(0);
        }
    }

    private static void dropSuffixes(List<String> tokens) {
        while (tokens.size() > 1 && NameAffixes.isSuffix(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
    }
}
