package org.citizenhub.hub.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;

/**
 * One field value as JSON, in the same shape the canonical record uses (a name in parts, a date of birth as
 * {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, an address with lines, town and postcode).
 */
final class ValueJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueJson() {
    }

    static JsonNode of(Object value) {
        if (value instanceof PersonName name) {
            return name(name);
        }
        if (value instanceof PartialDate date) {
            return TextNode.valueOf(date.toIso());
        }
        if (value instanceof Sex sex) {
            return TextNode.valueOf(sex.name());
        }
        if (value instanceof Identifier identifier) {
            return NODES.objectNode().put("system", identifier.system()).put("value", identifier.value());
        }
        if (value instanceof Address address) {
            return address(address);
        }
        return TextNode.valueOf(String.valueOf(value));
    }

    private static ObjectNode name(PersonName name) {
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

    private static ObjectNode address(Address address) {
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

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
