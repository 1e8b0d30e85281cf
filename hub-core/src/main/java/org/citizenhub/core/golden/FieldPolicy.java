package org.citizenhub.core.golden;

import java.util.List;

/** One field's checked survivorship: the rule chain, and the trust order of sources (most trusted first). */
public record FieldPolicy(List<SurvivorshipRule> chain, List<String> trust) {

    public FieldPolicy {
        chain = List.copyOf(chain);
        trust = List.copyOf(trust);
    }

    /** 0 for the most trusted source; every source missing from the list ranks after all listed ones. */
    public int trustRank(String sourceId) {
        int index = trust.indexOf(sourceId);
        return index < 0 ? trust.size() : index;
    }
}
