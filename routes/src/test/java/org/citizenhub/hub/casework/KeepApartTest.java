package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.core.match.LinkState;
import org.citizenhub.core.match.LinkedRecord;
import org.citizenhub.core.match.MatchResult;
import org.citizenhub.core.match.Resolution;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

/** Caseworkers' "keep apart" decisions narrowing what ingest may join and merge. */
class KeepApartTest {

    @Test
    void withoutConstraintsTheResolutionStandsAsItIs() {
        Resolution resolution = resolution(Map.of("A", 20.0, "B", 12.0), Set.of("C"));

        assertThat(KeepApart.narrow(resolution, Set.of(), Set.of())).isSameAs(resolution);
    }

    @Test
    void aCitizenHoldingARecordKeptApartIsNeitherJoinedNorOfferedForReview() {
        Resolution resolution = resolution(Map.of("A", 20.0, "B", 12.0), Set.of("C"));

        Resolution narrowed = KeepApart.narrow(resolution, Set.of("A", "C"), Set.of());

        assertThat(narrowed.matchedCitizens()).containsExactly("B");
        assertThat(narrowed.possibleCitizens()).isEmpty();
        assertThat(narrowed.evidence()).isEqualTo(resolution.evidence());
    }

    @Test
    void ofTwoMatchedCitizensThatMustStayApartOnlyTheBetterScoredIsMerged() {
        Resolution resolution = resolution(Map.of("A", 12.0, "B", 20.0, "C", 15.0), Set.of());

        Resolution narrowed = KeepApart.narrow(resolution, Set.of(),
                Set.of(new ConstraintRepository.CitizenPair("A", "B")));

        assertThat(narrowed.matchedCitizens()).containsExactlyInAnyOrder("B", "C");
        assertThat(narrowed.possibleCitizens()).doesNotContain("A");
    }

    @Test
    void aRecordKeptApartFromEveryMatchFoundsACitizenOfItsOwn() {
        Resolution resolution = resolution(Map.of("A", 20.0), Set.of());

        assertThat(KeepApart.narrow(resolution, Set.of("A"), Set.of()).isNewCitizen()).isTrue();
    }

    private static Resolution resolution(Map<String, Double> matched, Set<String> possible) {
        List<Resolution.Comparison> evidence = new ArrayList<>();
        matched.forEach((citizen, score) -> evidence.add(comparison(citizen, LinkState.MATCH, score)));
        possible.forEach(citizen -> evidence.add(comparison(citizen, LinkState.POSSIBLE_MATCH, 3.0)));
        return new Resolution(matched.keySet(), possible, Map.of(), evidence);
    }

    private static Resolution.Comparison comparison(String citizen, LinkState state, double score) {
        SourceRecord record = SourceRecord.builder("src", "r-" + citizen).build();
        return new Resolution.Comparison(new LinkedRecord(record, citizen), new MatchResult(state, score, List.of()));
    }
}
