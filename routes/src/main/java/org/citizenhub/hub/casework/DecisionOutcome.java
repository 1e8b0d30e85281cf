package org.citizenhub.hub.casework;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a caseworker's decision did: the decision's id in the history, the citizen that holds the result
 * ({@code citizenId}), the other citizen concerned (absorbed, or newly minted), and a sentence saying so.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionOutcome(long decisionId, DecisionAction action, String citizenId, String otherCitizenId,
                              String message) {
}
