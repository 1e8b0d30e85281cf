package org.citizenhub.hub.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.citizenhub.core.record.RecordKey;
import org.junit.jupiter.api.Test;

/** How a batch's clusters keep the citizen ids already given out. */
class LinkPlanTest {

    private static final RecordKey A = new RecordKey("tax", "A");
    private static final RecordKey B = new RecordKey("tax", "B");
    private static final RecordKey C = new RecordKey("health", "C");
    private static final RecordKey D = new RecordKey("health", "D");
    private static final RecordKey E = new RecordKey("health", "E");

    @Test
    void withoutLinksEveryClusterGetsANewCitizen() {
        LinkPlan plan = LinkPlan.of(List.of(List.of(A, B), List.of(C)), Map.of());

        assertThat(plan.kept(0)).isNull();
        assertThat(plan.kept(1)).isNull();
        assertThat(plan.vacated()).isEmpty();
    }

    @Test
    void aCitizenSplitAcrossClustersStaysWithItsLargerPartAndTheOtherPartGetsANewOne() {
        Map<RecordKey, LinkPlan.Existing> links = Map.of(A, auto("X"), B, auto("X"), C, auto("X"));

        LinkPlan plan = LinkPlan.of(List.of(List.of(C, D), List.of(A, B, E)), links);

        assertThat(plan.kept(1)).isEqualTo("X");
        assertThat(plan.kept(0)).isNull();
        assertThat(plan.vacated()).isEmpty();
    }

    @Test
    void twoCitizensInOneClusterKeepTheLargerAndTheOtherRedirectsToIt() {
        Map<RecordKey, LinkPlan.Existing> links = Map.of(A, auto("X"), B, auto("Y"), C, auto("Y"));

        LinkPlan plan = LinkPlan.of(List.of(List.of(A, B, C, D)), links);

        assertThat(plan.kept(0)).isEqualTo("Y");
        assertThat(plan.vacated()).containsExactly(Map.entry("X", 0));
    }

    @Test
    void aCaseworkersLinkOutweighsAutomaticOnes() {
        Map<RecordKey, LinkPlan.Existing> links = Map.of(A, new LinkPlan.Existing("M", true), B, auto("Y"), C, auto("Y"));

        LinkPlan plan = LinkPlan.of(List.of(List.of(A, B, C)), links);

        assertThat(plan.kept(0)).isEqualTo("M");
        assertThat(plan.vacated()).containsOnlyKeys("Y");
    }

    private static LinkPlan.Existing auto(String citizen) {
        return new LinkPlan.Existing(citizen, false);
    }
}
