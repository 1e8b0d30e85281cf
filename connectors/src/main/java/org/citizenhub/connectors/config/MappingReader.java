package org.citizenhub.connectors.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.citizenhub.connectors.config.FieldSpecReader.Kind;
import org.citizenhub.core.record.Sex;

/** Reads a {@code mapping:} block: one entry per canonical field of the source record. */
final class MappingReader {

    static final List<String> CANONICAL_FIELDS = List.of("recordId", "name", "otherNames", "dateOfBirth", "sex",
            "nationalId", "identifiers", "addresses", "phones", "emails", "createdAt", "updatedAt", "deleted");

    private MappingReader() {
    }

    static MappingConfig read(ConfigNode node) {
        node.expectKeys("canonical field", CANONICAL_FIELDS);
        FieldSpec recordId = FieldSpecReader.read(node.require("recordId", "every record needs the id its agency gave it"), Kind.TEXT);
        List<NameSpec> otherNames = new ArrayList<>();
        node.get("otherNames").listOrOne().forEach(other -> otherNames.add(NameSpecReader.readOtherName(other)));
        List<IdentifierSpec> identifiers = new ArrayList<>();
        node.get("identifiers").listOrOne().forEach(identifier -> identifiers.add(identifier(identifier)));
        List<AddressSpec> addresses = new ArrayList<>();
        node.get("addresses").listOrOne().forEach(address -> addresses.add(AddressSpecReader.read(address)));
        return new MappingConfig(
                recordId,
                NameSpecReader.readName(node.get("name")),
                otherNames,
                FieldSpecReader.read(node.get("dateOfBirth"), Kind.DATE),
                sex(node.get("sex")),
                FieldSpecReader.read(node.get("nationalId"), Kind.TEXT),
                identifiers,
                addresses,
                fields(node.get("phones")),
                fields(node.get("emails")),
                FieldSpecReader.read(node.get("createdAt"), Kind.DATE),
                FieldSpecReader.read(node.get("updatedAt"), Kind.DATE),
                FieldSpecReader.read(node.get("deleted"), Kind.TEXT));
    }

    private static IdentifierSpec identifier(ConfigNode node) {
        node.expectKeys(List.of("system", "value"));
        String system = node.require("system", "the URI or name of the identifier's issuer").requireText().trim();
        FieldSpec value = FieldSpecReader.read(node.require("value", "the field holding the identifier"), Kind.TEXT);
        return new IdentifierSpec(system, value);
    }

    /** A field or a list of fields. */
    private static List<FieldSpec> fields(ConfigNode node) {
        List<FieldSpec> out = new ArrayList<>();
        node.listOrOne().forEach(field -> out.add(FieldSpecReader.read(field, Kind.TEXT)));
        return out;
    }

    /** The sex field, whose code map must lead to a sex {@link Sex#parse} knows. */
    private static FieldSpec sex(ConfigNode node) {
        FieldSpec spec = FieldSpecReader.read(node, Kind.TEXT);
        if (spec != null) {
            for (Map.Entry<String, ConfigNode> code : node.get("values").entries().entrySet()) {
                String value = spec.values().get(code.getKey());
                if (!value.isBlank() && Sex.parse(value) == Sex.UNKNOWN && !value.trim().equalsIgnoreCase("unknown")) {
                    throw code.getValue().error(code.getValue().shown() + " is not a sex; map codes to female, male, other or unknown");
                }
            }
        }
        return spec;
    }
}
