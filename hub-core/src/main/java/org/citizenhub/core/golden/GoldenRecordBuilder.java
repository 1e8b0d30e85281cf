package org.citizenhub.core.golden;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.citizenhub.core.normalise.PhoneNormaliser;
import org.citizenhub.core.record.SourceRecord;

/**
 * Builds a citizen's {@link GoldenRecord} from the source records linked to it. Pure and deterministic:
 * the same records and rules give the same profile in any input order. It runs on every change of a
 * linked record, so the rules are validated once per {@link SurvivorshipRules} instance, not per call.
 * Thread-safe.
 */
public final class GoldenRecordBuilder {

    private static final Comparator<SourceRecord> BY_KEY = Comparator.comparing((SourceRecord r) -> r.key().sourceId())
            .thenComparing(r -> r.key().recordId());

    private final FieldSpecs specs;
    private final SurvivorshipRulesValidator validator = new SurvivorshipRulesValidator();
    private volatile Validated lastRules;

    private record Validated(SurvivorshipRules rules, SurvivorshipPolicy policy) {
    }

    /** Reads national phone numbers as British; see {@link #GoldenRecordBuilder(String)}. */
    public GoldenRecordBuilder() {
        this("GB");
    }

    /** @param phoneRegion ISO 3166 region in which phones without a country code are read, to group equal numbers */
    public GoldenRecordBuilder(String phoneRegion) {
        this.specs = new FieldSpecs(new ValueKeys(new PhoneNormaliser(phoneRegion)));
    }

    /**
     * @throws SurvivorshipRulesException when the rules are not valid
     * @throws IllegalArgumentException when two records share one key (a record is linked once)
     */
    public GoldenRecord build(String citizenId, List<SourceRecord> records, SurvivorshipRules rules) {
        Objects.requireNonNull(citizenId, "citizenId");
        SurvivorshipPolicy policy = policyFor(rules);
        List<SourceRecord> sorted = sortedByKey(records);
        return new GoldenRecord(citizenId,
                specs.name.resolve(sorted, policy),
                specs.otherNames.resolve(sorted, policy),
                specs.dateOfBirth.resolve(sorted, policy),
                specs.sex.resolve(sorted, policy),
                specs.nationalId.resolve(sorted, policy),
                specs.identifiers.resolve(sorted, policy),
                specs.addresses.resolve(sorted, policy),
                specs.phones.resolve(sorted, policy),
                specs.emails.resolve(sorted, policy));
    }

    private SurvivorshipPolicy policyFor(SurvivorshipRules rules) {
        Validated last = lastRules;
        if (last != null && last.rules() == rules) {
            return last.policy();
        }
        SurvivorshipPolicy policy = validator.validate(rules);
        lastRules = new Validated(rules, policy);
        return policy;
    }

    private static List<SourceRecord> sortedByKey(List<SourceRecord> records) {
        List<SourceRecord> sorted = new ArrayList<>(records);
        sorted.sort(BY_KEY);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).key().equals(sorted.get(i - 1).key())) {
                throw new IllegalArgumentException("record " + sorted.get(i).key() + " is given twice");
            }
        }
        return sorted;
    }
}
