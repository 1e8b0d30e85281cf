package org.citizenhub.core.golden;

import java.time.Instant;
import java.util.Comparator;

/**
 * The orders survivorship sorts by: a field's rule chain, then a fixed order (source id, record id,
 * position in the record, grouping key), so that the result never depends on the order of the input.
 */
final class RankOrder {

    /** The last word: an order on claims that no two claims of one field share. */
    static final Comparator<Claim<?>> IDENTITY = Comparator.<Claim<?>, String>comparing(Claim::sourceId)
            .thenComparing(Claim::recordId)
            .thenComparingInt(Claim::position);

    private static final Comparator<Instant> LATEST_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

    private RankOrder() {
    }

    /** Orders the records holding one value: which of them speaks for it first. */
    static <T> Comparator<Claim<T>> claims(FieldPolicy policy) {
        Comparator<Claim<T>> order = (a, b) -> 0;
        for (SurvivorshipRule rule : policy.chain()) {
            order = switch (rule) {
                case MOST_TRUSTED_SOURCE -> order.thenComparingInt(c -> policy.trustRank(c.sourceId()));
                case MOST_RECENT -> order.thenComparing(Claim::updatedAt, LATEST_FIRST);
                case MOST_FREQUENT -> order; // every claim is one record: nothing to count
            };
        }
        return order.thenComparing(IDENTITY);
    }

    /** Orders a field's distinct values: tier, then the rule chain, then the fixed order. */
    static <T> Comparator<ValueGroup<T>> groups(FieldPolicy policy) {
        Comparator<ValueGroup<T>> order = Comparator.comparingInt(ValueGroup::tier);
        for (SurvivorshipRule rule : policy.chain()) {
            order = switch (rule) {
                case MOST_TRUSTED_SOURCE -> order.thenComparingInt(ValueGroup::bestTrustRank);
                case MOST_RECENT -> order.thenComparing(ValueGroup::latestUpdate, LATEST_FIRST);
                case MOST_FREQUENT -> order.thenComparing(Comparator.comparingInt(ValueGroup<T>::recordCount).reversed());
            };
        }
        return order.thenComparing(ValueGroup::firstByIdentity, IDENTITY).thenComparing(ValueGroup::key);
    }
}
