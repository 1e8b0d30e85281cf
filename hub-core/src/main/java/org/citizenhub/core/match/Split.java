package org.citizenhub.core.match;

import java.util.List;
import org.citizenhub.core.record.RecordKey;

/**
 * Whether a citizen still holds together after a record changed or left: {@code stays} keep the citizen
 * (the largest group), each list in {@code leave} is a group of records that becomes a citizen of its own.
 */
public record Split(List<RecordKey> stays, List<List<RecordKey>> leave) {

    public Split {
        stays = List.copyOf(stays);
        leave = leave.stream().map(List::copyOf).toList();
    }

    public boolean isNeeded() {
        return !leave.isEmpty();
    }
}
