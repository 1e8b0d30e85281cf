package org.citizenhub.hub.store;

import static org.citizenhub.hub.store.CanonicalJson.putText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.core.record.Sex;

/**
 * The canonical JSON form of a {@link SourceRecord}, written field by field in a fixed order so that the
 * same record always gives the same text (its content hash depends on it). Dates are ISO text, partial
 * dates of birth as {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; absent values are left out.
 * The raw payload is not part of this form: the store keeps it in its own column. Names, identifiers and
 * addresses are written by {@link CanonicalJson}, which the merged profile shares.
 */
public final class SourceRecordJson {

    private final ObjectMapper mapper;

    public SourceRecordJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public SourceRecordJson() {
        this(new ObjectMapper());
    }

    /** The record's canonical fields without its key, as the REST facade shows them. */
    public ObjectNode fields(SourceRecord record) {
        ObjectNode node = mapper.createObjectNode();
        node.set("name", CanonicalJson.name(record.name()));
        ArrayNode others = node.putArray("otherNames");
        record.otherNames().forEach(n -> others.add(CanonicalJson.name(n)));
        putText(node, "dateOfBirth", record.dateOfBirth() == null ? null : record.dateOfBirth().toIso());
        node.put("sex", record.sex().name());
        putText(node, "nationalId", record.nationalId());
        ArrayNode identifiers = node.putArray("identifiers");
        record.identifiers().forEach(i -> identifiers.add(CanonicalJson.identifier(i)));
        ArrayNode addresses = node.putArray("addresses");
        record.addresses().forEach(a -> addresses.add(CanonicalJson.address(a)));
        ArrayNode phones = node.putArray("phones");
        record.phones().forEach(phones::add);
        ArrayNode emails = node.putArray("emails");
        record.emails().forEach(emails::add);
        putText(node, "createdAt", record.createdAt() == null ? null : record.createdAt().toString());
        putText(node, "updatedAt", record.updatedAt() == null ? null : record.updatedAt().toString());
        return node;
    }

    /** The canonical text of the record: key first, then its fields. */
    public String write(SourceRecord record) {
        ObjectNode node = mapper.createObjectNode();
        node.put("source", record.key().sourceId());
        node.put("recordId", record.key().recordId());
        node.setAll(fields(record));
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** Reads the canonical text back; {@code rawPayload} comes from the store's own column. */
    public SourceRecord read(String canonical, String rawPayload) {
        JsonNode node;
        try {
            node = mapper.readTree(canonical);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored canonical record is not JSON", e);
        }
        RecordKey key = new RecordKey(node.path("source").asText(), node.path("recordId").asText());
        List<PersonName> otherNames = new ArrayList<>();
        node.path("otherNames").forEach(n -> otherNames.add(readName(n)));
        List<Identifier> identifiers = new ArrayList<>();
        node.path("identifiers").forEach(i -> identifiers.add(new Identifier(i.path("system").asText(), i.path("value").asText())));
        List<Address> addresses = new ArrayList<>();
        node.path("addresses").forEach(a -> addresses.add(readAddress(a)));
        String dob = text(node, "dateOfBirth");
        String sex = text(node, "sex");
        return new SourceRecord(key, readName(node.path("name")), otherNames,
                dob == null ? null : PartialDate.parse(dob),
                sex == null ? Sex.UNKNOWN : Sex.valueOf(sex),
                text(node, "nationalId"), identifiers, addresses,
                texts(node.path("phones")), texts(node.path("emails")),
                instant(text(node, "createdAt")), instant(text(node, "updatedAt")), rawPayload);
    }

    private static PersonName readName(JsonNode node) {
        String use = text(node, "use");
        return new PersonName(text(node, "title"), text(node, "given"), texts(node.path("middle")),
                text(node, "family"), text(node, "suffix"), use == null ? NameUse.OFFICIAL : NameUse.valueOf(use));
    }

    private static Address readAddress(JsonNode node) {
        String use = text(node, "use");
        return new Address(texts(node.path("lines")), text(node, "town"), text(node, "postcode"),
                use == null ? Address.AddressUse.CURRENT : Address.AddressUse.valueOf(use),
                date(text(node, "from")), date(text(node, "to")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
