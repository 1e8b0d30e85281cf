package org.citizenhub.core.match;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.citizenhub.core.record.SourceRecord;

/**
 * Resolves one incoming record against the records already linked to citizens that share a blocking
 * key with it (the caller fetches them). Pure: it decides, the caller persists.
 */
public final class IdentityResolver {

    private final RecordMatcher matcher;

    public IdentityResolver(RecordMatcher matcher) {
        this.matcher = matcher;
    }

    public RecordMatcher matcher() {
        return matcher;
    }

    public Resolution resolve(SourceRecord incoming, List<LinkedRecord> candidates) {
        Set<String> matched = new LinkedHashSet<>();
        List<Resolution.Comparison> evidence = new ArrayList<>();
        for (LinkedRecord candidate : candidates) {
            if (candidate.record().key().equals(incoming.key())) {
                continue; // a record is not evidence for itself
            }
            MatchResult result = matcher.compare(incoming, candidate.record());
            evidence.add(new Resolution.Comparison(candidate, result));
            if (result.isMatch()) {
                matched.add(candidate.citizenId());
            }
        }
        return new Resolution(matched, evidence);
    }
}
