package org.citizenhub.core.golden;

import java.util.List;
import java.util.Optional;

/** Decides whether a field's distinct values disagree in a way a caseworker must see, and says how. */
@FunctionalInterface
interface ConflictCheck<T> {

    /** A plain reason that quotes no personal data, or empty when the values do not conflict. */
    Optional<String> check(List<SourcedValue<T>> values);

    static <T> ConflictCheck<T> none() {
        return values -> Optional.empty();
    }
}
