package org.citizenhub.hub.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.hub.store.CanonicalJson;

/**
 * One field value as JSON, in the same shape the canonical record uses (a name in parts, a date of birth as
 * {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, an address with lines, town and postcode): the
 * structured values are written by {@link CanonicalJson}, the store's own writer.
 */
final class ValueJson {

    private ValueJson() {
    }

    static JsonNode of(Object value) {
        if (value instanceof PersonName name) {
            return CanonicalJson.name(name);
        }
        if (value instanceof PartialDate date) {
            return TextNode.valueOf(date.toIso());
        }
        if (value instanceof Sex sex) {
            return TextNode.valueOf(sex.name());
        }
        if (value instanceof Identifier identifier) {
            return CanonicalJson.identifier(identifier);
        }
        if (value instanceof Address address) {
            return CanonicalJson.address(address);
        }
        return TextNode.valueOf(String.valueOf(value));
    }
}
