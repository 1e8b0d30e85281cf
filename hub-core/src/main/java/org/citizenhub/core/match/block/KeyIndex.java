package org.citizenhub.core.match.block;

import java.util.Arrays;
import java.util.List;
import org.citizenhub.core.match.prepare.LongSet;
import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * The keys of every record under one rule, twice: per record (offsets into {@code keys}, to ask "do these
 * two records share a key?") and sorted with the record index packed in the low bits (to walk the blocks).
 * Keys held by more than the block bound are "large": they are not compared in full.
 */
final class KeyIndex {

    final BlockingRule rule;
    final int[] offsets;
    final long[] keys;
    final long[] sorted;
    final int indexBits;
    final LongSet large;

    private KeyIndex(BlockingRule rule, int[] offsets, long[] keys, long[] sorted, int indexBits, LongSet large) {
        this.rule = rule;
        this.offsets = offsets;
        this.keys = keys;
        this.sorted = sorted;
        this.indexBits = indexBits;
        this.large = large;
    }

    static KeyIndex build(BlockingRule rule, List<PreparedRecord> records, BlockingKeys blockingKeys, int maxBlock) {
        int n = records.size();
        int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
        int[] offsets = new int[n + 1];
        long[][] holder = {new long[Math.max(16, n)]};
        int[] size = {0};
        for (int i = 0; i < n; i++) {
            int from = size[0];
            blockingKeys.keys(rule, records.get(i), key -> {
                for (int k = from; k < size[0]; k++) {
                    if (holder[0][k] == key) {
                        return; // the same key twice in one record (two addresses, one postcode)
                    }
                }
                if (size[0] == holder[0].length) {
                    holder[0] = Arrays.copyOf(holder[0], holder[0].length * 2);
                }
                holder[0][size[0]++] = key;
            });
            offsets[i + 1] = size[0];
        }
        long[] keys = Arrays.copyOf(holder[0], size[0]);
        long[] sorted = new long[keys.length];
        long keyMask = -1L << indexBits;
        for (int i = 0; i < n; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                sorted[k] = (keys[k] & keyMask) | i;
            }
        }
        Arrays.parallelSort(sorted);
        long[] largeKeys = new long[16];
        int largeCount = 0;
        for (int start = 0, end; start < sorted.length; start = end) {
            end = runEnd(sorted, start, keyMask);
            if (end - start > maxBlock) {
                if (largeCount == largeKeys.length) {
                    largeKeys = Arrays.copyOf(largeKeys, largeCount * 2);
                }
                largeKeys[largeCount++] = sorted[start] & keyMask;
            }
        }
        return new KeyIndex(rule, offsets, keys, sorted, indexBits, LongSet.of(Arrays.copyOf(largeKeys, largeCount)));
    }

    long keyMask() {
        return -1L << indexBits;
    }

    int runEnd(int start) {
        return runEnd(sorted, start, keyMask());
    }

    int record(int sortedPosition) {
        return (int) (sorted[sortedPosition] & ~keyMask());
    }

    /** Whether records a and b share a key that is not large (so this rule compared them in full). */
    boolean sharesSmallKey(int a, int b) {
        long mask = keyMask();
        for (int x = offsets[a]; x < offsets[a + 1]; x++) {
            long key = keys[x] & mask;
            for (int y = offsets[b]; y < offsets[b + 1]; y++) {
                if ((keys[y] & mask) == key) {
                    return !large.contains(key) || sharesAnotherSmallKey(a, b, key);
                }
            }
        }
        return false;
    }

    /** The full keys of large blocks, for the model (so the incremental matcher skips them too). */
    long[] largeKeys(List<PreparedRecord> records) {
        if (large.isEmpty()) {
            return new long[0];
        }
        long mask = keyMask();
        return Arrays.stream(keys).filter(k -> large.contains(k & mask)).distinct().toArray();
    }

    private boolean sharesAnotherSmallKey(int a, int b, long except) {
        long mask = keyMask();
        for (int x = offsets[a]; x < offsets[a + 1]; x++) {
            long key = keys[x] & mask;
            if (key == except || large.contains(key)) {
                continue;
            }
            for (int y = offsets[b]; y < offsets[b + 1]; y++) {
                if ((keys[y] & mask) == key) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int runEnd(long[] sorted, int start, long keyMask) {
        long key = sorted[start] & keyMask;
        int end = start + 1;
        while (end < sorted.length && (sorted[end] & keyMask) == key) {
            end++;
        }
        return end;
    }
}
