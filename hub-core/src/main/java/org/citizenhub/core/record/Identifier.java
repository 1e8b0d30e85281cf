package org.citizenhub.core.record;

import java.util.Objects;

/** An identifier other than the national id, e.g. a health service number; {@code system} names its issuer. */
public record Identifier(String system, String value) {

    public Identifier {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(value, "value");
    }
}
