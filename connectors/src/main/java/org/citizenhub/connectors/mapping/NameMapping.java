package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.citizenhub.connectors.config.NameSpec;
import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.PersonName;

/**
 * A compiled {@link NameSpec}: reads a full name and the separate parts, and lets each part found in its
 * own field win over the same part read from the full name.
 */
final class NameMapping {

    private final NameSpec spec;
    private final FieldReader full;
    private final FieldReader title;
    private final FieldReader given;
    private final FieldReader middle;
    private final FieldReader family;
    private final FieldReader suffix;

    NameMapping(String label, NameSpec spec) {
        this.spec = spec;
        this.full = FieldReader.compile(label + ".full", spec.full());
        this.title = FieldReader.compile(label + ".title", spec.title());
        this.given = FieldReader.compile(label + ".given", spec.given());
        this.middle = FieldReader.compile(label + ".middle", spec.middle());
        this.family = FieldReader.compile(label + ".family", spec.family());
        this.suffix = FieldReader.compile(label + ".suffix", spec.suffix());
    }

    PersonName read(JsonNode record) {
        PersonName parsed = NameParser.parseFull(full == null ? null : full.first(record), spec.fullFormat());
        PersonName parts = NameParser.fromParts(first(title, record), all(given, record), middles(record),
                first(family, record), first(suffix, record));
        boolean ownGiven = parts.given() != null;
        return new PersonName(
                parts.title() != null ? parts.title() : parsed.title(),
                ownGiven ? parts.given() : parsed.given(),
                ownGiven || !parts.middle().isEmpty() ? parts.middle() : parsed.middle(),
                parts.family() != null ? parts.family() : parsed.family(),
                parts.suffix() != null ? parts.suffix() : parsed.suffix(),
                spec.use());
    }

    /** Several given-name values (a FHIR {@code given} array) are several forenames. */
    private static String all(FieldReader field, JsonNode record) {
        if (field == null) {
            return null;
        }
        List<String> values = field.values(record);
        return values.isEmpty() ? null : String.join(" ", values);
    }

    private List<String> middles(JsonNode record) {
        return middle == null ? List.of() : middle.values(record);
    }

    private static String first(FieldReader field, JsonNode record) {
        return field == null ? null : field.first(record);
    }
}
