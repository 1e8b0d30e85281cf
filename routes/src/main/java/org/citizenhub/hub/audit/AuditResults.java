package org.citizenhub.hub.audit;

import java.util.List;

/** One page of entries, oldest first, and how many entries match in all. */
public record AuditResults(List<AuditEntry> entries, AuditPage page, long total) {

    public AuditResults {
        entries = List.copyOf(entries);
    }

    public boolean hasMore() {
        return page.offset() + entries.size() < total;
    }
}
