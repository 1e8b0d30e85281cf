package org.citizenhub.hub.profile;

import org.citizenhub.core.golden.SurvivorshipRulesException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Bad survivorship rules at start-up: a short report with the key and the reason instead of a stack trace. */
public class SurvivorshipRulesFailureAnalyzer extends AbstractFailureAnalyzer<SurvivorshipRulesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SurvivorshipRulesException cause) {
        return new FailureAnalysis("The survivorship rules cannot be used: " + cause.field() + ": " + cause.reason(),
                "Fix the key named above (the rules are described in application.yaml under hub.survivorship), or remove hub.survivorship and "
                        + "hub.survivorship-file to use the built-in rules.", cause);
    }
}
