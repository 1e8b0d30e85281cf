package org.citizenhub.hub.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.PersonName;

/**
 * The JSON shape of the canonical value types (a name in parts, an identifier, an address with lines, town
 * and postcode), written field by field in a fixed order; absent values are left out. One writer for the
 * stored record ({@link SourceRecordJson}) and the merged profile, so the two can never drift apart.
 */
public final class CanonicalJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CanonicalJson() {
    }

    public static ObjectNode name(PersonName name) {
        ObjectNode node = NODES.objectNode();
        putText(node, "title", name.title());
        putText(node, "given", name.given());
        ArrayNode middle = node.putArray("middle");
        name.middle().forEach(middle::add);
        putText(node, "family", name.family());
        putText(node, "suffix", name.suffix());
        node.put("use", name.use().name());
        return node;
    }

    public static ObjectNode identifier(Identifier identifier) {
        return NODES.objectNode().put("system", identifier.system()).put("value", identifier.value());
    }

    public static ObjectNode address(Address address) {
        ObjectNode node = NODES.objectNode();
        ArrayNode lines = node.putArray("lines");
        address.lines().forEach(lines::add);
        putText(node, "town", address.town());
        putText(node, "postcode", address.postcode());
        node.put("use", address.use().name());
        putText(node, "from", address.from() == null ? null : address.from().toString());
        putText(node, "to", address.to() == null ? null : address.to().toString());
        return node;
    }

    /** Sets the field only when there is a value: absent values are left out, never written as null. */
    public static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
