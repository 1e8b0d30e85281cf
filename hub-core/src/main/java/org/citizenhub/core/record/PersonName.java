package org.citizenhub.core.record;

import java.util.List;

/**
 * One name of a person, in parts. Any part may be null; {@code middle} is never null.
 * {@code family} holds the whole family name, multi-part or hyphenated as the source wrote it.
 */
public record PersonName(String title, String given, List<String> middle, String family, String suffix, NameUse use) {

    public PersonName {
        middle = middle == null ? List.of() : List.copyOf(middle);
        use = use == null ? NameUse.OFFICIAL : use;
    }

    public static PersonName of(String given, String family) {
        return new PersonName(null, given, List.of(), family, null, NameUse.OFFICIAL);
    }

    public boolean isEmpty() {
        return isBlank(given) && isBlank(family) && middle.isEmpty();
    }

    public PersonName withUse(NameUse newUse) {
        return new PersonName(title, given, middle, family, suffix, newUse);
    }

    /** Given, middle and family names joined by spaces, without title or suffix. */
    public String fullName() {
        StringBuilder out = new StringBuilder();
        append(out, given);
        middle.forEach(m -> append(out, m));
        append(out, family);
        return out.toString();
    }

    private static void append(StringBuilder out, String part) {
        if (!isBlank(part)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(part.trim());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
