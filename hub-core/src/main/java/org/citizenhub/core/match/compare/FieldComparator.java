package org.citizenhub.core.match.compare;

import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * Compares one field of two prepared records and returns the comparison level reached, an index into
 * {@link Field#levels()} (0 the strongest agreement). Symmetric, allocation-free, thread-safe.
 */
@FunctionalInterface
public interface FieldComparator {

    int compare(PreparedRecord a, PreparedRecord b);
}
