package org.citizenhub.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {

    private final IdentityResolver resolver = new IdentityResolver(new DeterministicMatcher());

    private static SourceRecord record(String source, String id, String nationalId, String given) {
        return SourceRecord.builder(source, id).name(PersonName.of(given, "Okafor"))
                .dateOfBirth(PartialDate.parse("1988-08-08")).nationalId(nationalId).build();
    }

    @Test
    void noMatchingCandidateMeansANewCitizen() {
        Resolution resolution = resolver.resolve(record("tax", "1", "AB123456C", "Chidi"),
                List.of(new LinkedRecord(record("health", "1", "ZZ999888A", "Chidi"), "C1")));
        assertThat(resolution.isNewCitizen()).isTrue();
        assertThat(resolution.evidence()).hasSize(1);
    }

    @Test
    void aRecordMatchingTwoCitizensMergesThem() {
        SourceRecord bridge = record("benefits", "5", "AB123456C", "Chidi");
        Resolution resolution = resolver.resolve(bridge, List.of(
                new LinkedRecord(record("tax", "1", "AB123456C", "Chid"), "C1"),
                new LinkedRecord(record("health", "2", null, "Chidi"), "C2")));
        assertThat(resolution.matchedCitizens()).containsExactlyInAnyOrder("C1", "C2");
        assertThat(resolution.isMerge()).isTrue();
    }

    @Test
    void aRecordIsNeverEvidenceForItself() {
        SourceRecord record = record("tax", "1", "AB123456C", "Chidi");
        Resolution resolution = resolver.resolve(record, List.of(new LinkedRecord(record, "C1")));
        assertThat(resolution.isNewCitizen()).isTrue();
        assertThat(resolution.evidence()).isEmpty();
    }
}
