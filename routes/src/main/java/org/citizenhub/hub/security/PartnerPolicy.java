package org.citizenhub.hub.security;

import java.util.Set;
import org.citizenhub.hub.ratelimit.RateLimit;

/** A partner as checked from configuration: its id, what it may receive, whose record ids it may use, its limit. */
public record PartnerPolicy(String id, Set<ProfileScope> scopes, Set<String> sources, RateLimit rateLimit) {

    public PartnerPolicy {
        scopes = Set.copyOf(scopes);
        sources = Set.copyOf(sources);
    }

    public boolean mayUseSource(String source) {
        return sources.contains(source);
    }
}
