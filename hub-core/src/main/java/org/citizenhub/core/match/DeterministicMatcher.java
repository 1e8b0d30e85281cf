package org.citizenhub.core.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citizenhub.core.normalise.NationalIds;
import org.citizenhub.core.normalise.TextNormaliser;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;

/**
 * The simple rule: two records are one citizen when they share a valid national id, or when they
 * share the normalised given and family name and the full date of birth. Two different valid national
 * ids always mean two people.
 */
public final class DeterministicMatcher implements RecordMatcher {

    @Override
    public Set<String> blockingKeys(SourceRecord record) {
        Set<String> keys = new LinkedHashSet<>();
        NationalIds.valid(record.nationalId()).ifPresent(id -> keys.add("nid:" + id));
        nameAndBirthKey(record).ifPresent(keys::add);
        return keys;
    }

    @Override
    public MatchResult compare(SourceRecord a, SourceRecord b) {
        List<FieldComparison> fields = new ArrayList<>();
        Optional<String> idA = NationalIds.valid(a.nationalId());
        Optional<String> idB = NationalIds.valid(b.nationalId());
        if (idA.isPresent() && idB.isPresent()) {
            if (idA.equals(idB)) {
                fields.add(new FieldComparison("nationalId", "exact", 1, "Both records carry the same valid national id."));
                return new MatchResult(LinkState.MATCH, 1, fields);
            }
            fields.add(new FieldComparison("nationalId", "different", -1, "The records carry two different valid national ids."));
            return new MatchResult(LinkState.NO_MATCH, 0, fields);
        }
        fields.add(new FieldComparison("nationalId", "missing", 0, "At least one record has no valid national id."));
        Optional<String> keyA = nameAndBirthKey(a);
        if (keyA.isPresent() && keyA.equals(nameAndBirthKey(b))) {
            fields.add(new FieldComparison("name", "exact", 0.5, "Given and family names agree after normalisation."));
            fields.add(new FieldComparison("dateOfBirth", "exact", 0.5, "Full dates of birth agree."));
            return new MatchResult(LinkState.MATCH, 1, fields);
        }
        fields.add(new FieldComparison("nameAndDateOfBirth", "different", 0, "Name or full date of birth differ or are missing."));
        return new MatchResult(LinkState.NO_MATCH, 0, fields);
    }

    private static Optional<String> nameAndBirthKey(SourceRecord record) {
        PartialDate dob = record.dateOfBirth();
        PersonName name = record.name();
        String given = TextNormaliser.fold(name.given());
        String family = TextNormaliser.fold(name.family());
        if (dob == null || !dob.isComplete() || given.isEmpty() || family.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("nd:" + given + "|" + family + "|" + dob.toIso());
    }
}
