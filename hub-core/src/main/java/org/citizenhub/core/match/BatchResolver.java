package org.citizenhub.core.match;

import java.util.List;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * Resolves a whole population at once (a first load, the {@code resolve} command, the benchmark):
 * returns the clusters, each the keys of the records that are one citizen. Every input record is in
 * exactly one cluster; a record that matches nothing is a cluster of one.
 */
public interface BatchResolver {

    List<List<RecordKey>> resolve(List<SourceRecord> records);
}
