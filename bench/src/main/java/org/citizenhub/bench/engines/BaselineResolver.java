package org.citizenhub.bench.engines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citizenhub.core.match.BatchResolver;
import org.citizenhub.core.match.DeterministicMatcher;
import org.citizenhub.core.match.RecordMatcher;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * The floor every engine must beat: the foundation's deterministic rule (same valid national id, or same
 * normalised name and full date of birth) run over its blocking keys, with transitive closure by
 * union-find. A block is compared against at most {@value #BLOCK_CAP} of its first members, so a
 * placeholder key shared by thousands stays linear.
 */
public final class BaselineResolver implements BatchResolver {

    static final int BLOCK_CAP = 50;

    private final RecordMatcher matcher;

    public BaselineResolver() {
        this(new DeterministicMatcher());
    }

    public BaselineResolver(RecordMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public List<List<RecordKey>> resolve(List<SourceRecord> records) {
        UnionFind sets = new UnionFind(records.size());
        Map<String, int[]> blocks = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            SourceRecord record = records.get(i);
            for (String key : matcher.blockingKeys(record)) {
                int[] block = blocks.computeIfAbsent(key, k -> new int[BLOCK_CAP + 1]);
                int members = block[BLOCK_CAP];
                for (int m = 0; m < members; m++) {
                    if (sets.find(block[m]) != sets.find(i) && matcher.compare(records.get(block[m]), record).isMatch()) {
                        sets.union(block[m], i);
                    }
                }
                if (members < BLOCK_CAP) {
                    block[members] = i;
                    block[BLOCK_CAP] = members + 1;
                }
            }
        }
        List<List<RecordKey>> clusters = new ArrayList<>();
        for (List<Integer> group : sets.groups()) {
            List<RecordKey> keys = new ArrayList<>(group.size());
            group.forEach(i -> keys.add(records.get(i).key()));
            clusters.add(keys);
        }
        return clusters;
    }
}
