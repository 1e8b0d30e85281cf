package org.citizenhub.core.golden;

import java.util.List;
import java.util.Optional;

/**
 * Every value of one profile field, best first. {@code preferred} is the value shown first (null when
 * no source holds the field); {@code conflict} says the sources disagree in a way a caseworker must see,
 * and {@code conflictReason} says how, in plain words and without quoting personal data.
 */
public record FieldValues<T>(SourcedValue<T> preferred, List<SourcedValue<T>> values, boolean conflict, String conflictReason) {

    public FieldValues {
        values = values == null ? List.of() : List.copyOf(values);
        if (conflict && (conflictReason == null || conflictReason.isBlank())) {
            throw new IllegalArgumentException("a conflict needs a reason");
        }
        if (!conflict) {
            conflictReason = null;
        }
    }

    /** The values in ranked order, the first preferred, flagged when {@code conflictReason} is present. */
    public static <T> FieldValues<T> of(List<SourcedValue<T>> ranked, Optional<String> conflictReason) {
        return new FieldValues<>(ranked.isEmpty() ? null : ranked.get(0), ranked, conflictReason.isPresent(),
                conflictReason.orElse(null));
    }

    public static <T> FieldValues<T> none() {
        return new FieldValues<>(null, List.of(), false, null);
    }

    /** The preferred value itself, or null when there is none. */
    public T preferredValue() {
        return preferred == null ? null : preferred.value();
    }
}
