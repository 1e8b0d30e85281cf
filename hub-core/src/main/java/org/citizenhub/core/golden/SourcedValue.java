package org.citizenhub.core.golden;

import java.util.List;

/**
 * One distinct value of a field and every record that holds it. Values that normalise equal ("SMITH" and
 * "Smith") are one value; {@code value} is the form written by the best-ranked of those records, and each
 * provenance keeps the form its record wrote. {@code agreeingRecords} counts the records holding the value.
 */
public record SourcedValue<T>(T value, List<Provenance<T>> provenance, int agreeingRecords) {

    public SourcedValue {
        provenance = List.copyOf(provenance);
        if (provenance.isEmpty()) {
            throw new IllegalArgumentException("a value needs at least one provenance");
        }
    }
}
