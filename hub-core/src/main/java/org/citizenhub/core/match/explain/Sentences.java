package org.citizenhub.core.match.explain;

import java.util.Locale;
import org.citizenhub.core.match.compare.Field;

/**
 * Plain-words sentences for a field's comparison level and its weight, for caseworkers. They name the
 * field and what was found, never a value: no personal data ever goes into an explanation.
 */
public final class Sentences {

    private Sentences() {
    }

    /**
     * @param weight     the weight the level added
     * @param baseWeight the level's average weight; a clearly larger (smaller) weight means the agreeing
     *                   value is rare (common), said for term-frequency adjusted levels
     */
    public static String of(Field field, int level, double weight, double baseWeight) {
        String what = what(field, field.level(level));
        String rarity = "";
        if (weight > baseWeight + 1) {
            rarity = "; this " + noun(field) + " is rare";
        } else if (weight < baseWeight - 1) {
            rarity = "; this " + noun(field) + " is common";
        }
        if (field.isNeutral(level)) {
            return what + " (no evidence either way)";
        }
        return what + rarity + " (weight " + signed(weight) + ")";
    }

    /** The base-rate line: how likely two records are one person before any field is looked at. */
    public static String prior(double matchProbability, double weight) {
        long oneIn = Math.round(1 / matchProbability);
        return "Before comparing any field, two records are one person about 1 time in " + oneIn
                + " (weight " + signed(weight) + ")";
    }

    public static String signed(double weight) {
        return String.format(Locale.ROOT, "%+.1f", weight);
    }

    private static String noun(Field field) {
        return switch (field) {
            case GIVEN_NAME, FAMILY_NAME -> "name";
            case DATE_OF_BIRTH -> "date of birth";
            case ADDRESS -> "postcode";
            default -> "value";
        };
    }

    private static String what(Field field, String level) {
        String plural = capitalised(field.plural());
        return switch (level) {
            case "exact", "same" -> plural + " agree exactly";
            case "alias" -> plural + " are known aliases (a nickname, spelling variant, or another given name of the person)";
            case "otherName" -> "A family name of one record is a part or a former name (maiden, previous) of the other's";
            case "phonetic" -> plural + " sound alike (Double Metaphone)";
            case "jw92" -> plural + " are spelled very similarly (Jaro-Winkler at least 0.92)";
            case "jw85" -> plural + " are spelled somewhat similarly (Jaro-Winkler at least 0.85)";
            case "initial" -> "One given name is only an initial, and it agrees";
            case "close" -> plural + " differ by one character";
            case "dayMonthSwapped" -> plural + " agree with day and month swapped";
            case "oneDigitOff" -> plural + " differ by one digit or two swapped digits";
            case "yearOffByOne" -> "Years of birth differ by one; day and month agree";
            case "partial" -> plural + " agree as far as both are known";
            case "postcodeAndHouse" -> "The records share a postcode and house number";
            case "postcode" -> "The records share a postcode only";
            case "streetAndTown" -> "The records share a street and town";
            case "different" -> plural + " differ";
            case "generic" -> "A shared value is held by many unrelated people (a switchboard, a care home), so it is not counted";
            case "missing" -> "At least one record has no " + singular(field);
            default -> plural + ": " + level;
        };
    }

    private static String singular(Field field) {
        return switch (field) {
            case NATIONAL_ID -> "valid national id";
            case GIVEN_NAME -> "given name";
            case FAMILY_NAME -> "family name";
            case DATE_OF_BIRTH -> "date of birth";
            case SEX -> "recorded sex";
            case ADDRESS -> "address";
            case PHONE -> "phone";
            case EMAIL -> "email";
        };
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
