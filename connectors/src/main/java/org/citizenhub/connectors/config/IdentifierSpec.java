package org.citizenhub.connectors.config;

import java.util.Objects;

/** An identifier other than the national id: the issuer's {@code system} and the field holding the value. */
public record IdentifierSpec(String system, FieldSpec value) {

    public IdentifierSpec {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(value, "value");
    }
}
