package org.citizenhub.core.match;

/**
 * How one field of two records compared: the level reached (e.g. "exact", "missing") and the weight
 * it added to the score. {@code explanation} is a sentence a caseworker can read and holds no personal data.
 */
public record FieldComparison(String field, String level, double weight, String explanation) {
}
