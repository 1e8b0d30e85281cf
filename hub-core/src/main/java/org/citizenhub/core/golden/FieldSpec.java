package org.citizenhub.core.golden;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.citizenhub.core.record.SourceRecord;

/**
 * How one profile field is built: where its values sit in a record, how values are grouped, which
 * can never be preferred (tiering), and which disagreements are conflicts.
 */
record FieldSpec<T>(ProfileField field, Function<SourceRecord, List<T>> values, Function<T, String> key,
        Tiering<T> tiering, ConflictCheck<T> conflicts) {

    /** Every record's values of this field; a value a record holds twice counts once for it. */
    List<Claim<T>> claims(List<SourceRecord> records) {
        List<Claim<T>> claims = new ArrayList<>(records.size());
        Set<String> seen = new HashSet<>();
        for (SourceRecord record : records) {
            seen.clear();
            List<T> recordValues = values.apply(record);
            for (int position = 0; position < recordValues.size(); position++) {
                T value = recordValues.get(position);
                if (value == null) {
                    continue;
                }
                String groupKey = key.apply(value);
                if (seen.add(groupKey)) {
                    claims.add(new Claim<>(groupKey, position, new Provenance<>(record.key().sourceId(),
                            record.key().recordId(), record.updatedAt(), value)));
                }
            }
        }
        return claims;
    }

    FieldValues<T> resolve(List<SourceRecord> records, SurvivorshipPolicy policy) {
        List<SourcedValue<T>> ranked = FieldRanker.rank(claims(records), policy.of(field), tiering);
        return FieldValues.of(ranked, conflicts.check(ranked));
    }
}
