package org.citizenhub.hub.casework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Why a citizen's records are linked: a summary, then each record with how it came to be linked and its
 * comparison(s) with the record(s) it was linked through, then the caseworkers' decisions, newest first.
 * When the id asked for was merged into another, {@code citizenId} is the survivor and {@code requestedId}
 * the id asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitizenExplanation(String citizenId, String requestedId, String summary, List<RecordExplanation> records,
                                 List<DecisionView> decisions) {

    /** One linked record: its link (state, origin, score), how it was linked in words, and the comparisons. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordExplanation(RecordSummary record, String state, String origin, Double score, String how,
                                    List<ComparisonView> comparisons) {
    }

    /** A caseworker's decision: what, in a sentence; who and why; when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DecisionView(long id, String action, String summary, String actor, String reason, String decidedAt,
                               Long reviewItemId) {

        static DecisionView of(Decision decision) {
            return new DecisionView(decision.id(), decision.action().name(), summary(decision), decision.actor(),
                    decision.reason(), decision.decidedAt().toString(), decision.reviewItemId());
        }

        private static String summary(Decision d) {
            return switch (d.action()) {
                case LINK -> "Merged citizen " + d.otherCitizenId() + " into " + d.citizenId() + ".";
                case UNLINK -> "Detached record " + d.record() + " from citizen " + d.citizenId() + " into citizen "
                        + d.otherCitizenId() + ", and kept it apart from the records left.";
                case ACCEPT -> "Accepted that records " + d.record() + " and " + d.otherRecord() + " are one person"
                        + (d.otherCitizenId() == null ? "." : ": merged citizen " + d.otherCitizenId() + " into " + d.citizenId() + ".");
                case REJECT -> "Rejected that records " + d.record() + " and " + d.otherRecord() + " are one person: kept apart.";
            };
        }
    }
}
