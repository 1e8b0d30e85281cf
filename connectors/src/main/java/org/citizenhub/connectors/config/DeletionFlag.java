package org.citizenhub.connectors.config;

import java.util.Locale;
import java.util.Set;

/**
 * What the {@code deleted} mapping reads as "this record is gone". After the field's transforms ({@code trim},
 * {@code missing}, {@code values}, {@code textCase}), the first value, trimmed and compared in any case, marks a
 * deletion when it is one of {@link #TRUTHY}. Anything else, a missing field included, is a live record, so an
 * agency's own status codes (e.g. {@code X} or {@code closed}) are mapped onto one of these with {@code values}.
 */
public final class DeletionFlag {

    /** The values that mark a deletion. */
    public static final Set<String> TRUTHY = Set.of("true", "t", "yes", "y", "1", "deleted", "removed", "inactive");

    private DeletionFlag() {
    }

    public static boolean isDeleted(String value) {
        return value != null && TRUTHY.contains(value.trim().toLowerCase(Locale.ROOT));
    }
}
