package org.citizenhub.core.golden;

import java.util.List;
import java.util.Optional;
import org.citizenhub.core.normalise.NationalIds;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.Sex;

/**
 * The disagreements a caseworker must see. Values written differently are grouped before these run, and
 * a partial date that a fuller one refines, an unknown sex or a placeholder id disagree with nothing.
 */
final class Conflicts {

    private Conflicts() {
    }

    static ConflictCheck<PartialDate> dateOfBirth() {
        return values -> {
            // Dates no other date refines: one when all dates agree ("1980", "1980-05", "1980-05-12").
            long distinct = values.stream().map(SourcedValue::value)
                    .filter(date -> values.stream().noneMatch(other -> PartialDates.refines(other.value(), date)))
                    .count();
            return distinct > 1 ? Optional.of("sources give " + distinct + " different dates of birth") : Optional.empty();
        };
    }

    static ConflictCheck<String> nationalId() {
        return values -> {
            long distinct = values.stream().map(v -> NationalIds.valid(v.value())).flatMap(Optional::stream)
                    .distinct().count();
            return distinct > 1 ? Optional.of("sources give " + distinct + " different valid national ids") : Optional.empty();
        };
    }

    static ConflictCheck<Sex> sex() {
        return values -> {
            List<Sex> known = values.stream().map(SourcedValue::value).filter(s -> s != Sex.UNKNOWN).distinct().toList();
            return known.size() > 1 ? Optional.of("sources give " + known.size() + " different sexes") : Optional.empty();
        };
    }
}
