package org.citizenhub.core.golden;

import java.util.Objects;
import org.citizenhub.core.record.PartialDate;

/** How two partial dates relate: "1980-05-12" refines "1980-05" and "1980", and agrees with both. */
final class PartialDates {

    private PartialDates() {
    }

    /** Whether {@code finer} is more precise than {@code coarser} and falls within it. */
    static boolean refines(PartialDate finer, PartialDate coarser) {
        return precision(finer) > precision(coarser) && finer.year() == coarser.year()
                && (coarser.month() == null || Objects.equals(finer.month(), coarser.month()))
                && (coarser.day() == null || Objects.equals(finer.day(), coarser.day()));
    }

    private static int precision(PartialDate date) {
        return date.day() != null ? 3 : date.month() != null ? 2 : 1;
    }
}
