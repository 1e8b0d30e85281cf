package org.citizenhub.core.golden;

import java.util.List;

/**
 * Ranks a field's distinct values before any survivorship rule: a lower tier always comes first. This is
 * how a placeholder national id, an unknown sex, a past address or a partial date of birth that a full one
 * refines can never be preferred, whatever source holds it.
 */
@FunctionalInterface
interface Tiering<T> {

    /** The tier of one distinct value, given its grouping key and every distinct value of the field. */
    int tier(T value, String key, List<T> allValues);

    static <T> Tiering<T> none() {
        return (value, key, all) -> 0;
    }

    /** Usable values first: those whose key is not marked {@link ValueKeys#UNUSABLE}. */
    static <T> Tiering<T> usableFirst() {
        return (value, key, all) -> ValueKeys.usable(key) ? 0 : 1;
    }
}
