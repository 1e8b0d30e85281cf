package org.citizenhub.hub.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.citizenhub.core.golden.FieldValues;
import org.citizenhub.core.golden.GoldenRecord;
import org.citizenhub.core.golden.ProfileField;
import org.citizenhub.core.golden.Provenance;
import org.citizenhub.core.golden.SourcedValue;
import org.citizenhub.hub.identity.Citizen;
import org.citizenhub.hub.identity.Link;
import org.citizenhub.hub.identity.LinkedSourceRecord;
import org.citizenhub.hub.store.SourceRecordJson;

/**
 * Writes the profile document of a live citizen: its id and dates, the ids merged into it, a summary of the
 * conflicts, per field the preferred value and every value with its provenance and agreeing count, and the
 * linked source records with their links. The document is what {@code GET /api/v1/citizens/{id}} returns.
 * <pre>
 * { "id", "createdAt", "updatedAt", "absorbedIds": [..], "hasConflicts", "conflicts": [{"field","reason"}],
 *   "fields": { "dateOfBirth": { "preferred": "1980-01-02", "conflict": true, "conflictReason": "...",
 *                                "values": [{ "value", "agreeing", "provenance": [{"source","recordId","updatedAt","asWritten"?}] }] }, ... },
 *   "records": [{ "source", "recordId", "state", "score", "origin", "linkedAt", ...canonical fields }] }
 * </pre>
 * {@code asWritten} appears only where a record wrote the value differently ("ab 12 34 56 c").
 */
public final class ProfileDocument {

    private final ObjectMapper mapper;
    private final SourceRecordJson records;

    public ProfileDocument(ObjectMapper mapper) {
        this.mapper = mapper;
        this.records = new SourceRecordJson(mapper);
    }

    public ProfileDocument() {
        this(new ObjectMapper());
    }

    public ObjectNode write(Citizen citizen, List<String> absorbedIds, List<LinkedSourceRecord> linked, GoldenRecord golden) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("id", citizen.id());
        doc.put("createdAt", citizen.createdAt().toString());
        Instant updatedAt = lastChange(citizen, linked);
        doc.put("updatedAt", updatedAt.toString());
        ArrayNode absorbed = doc.putArray("absorbedIds");
        absorbedIds.forEach(absorbed::add);
        doc.put("hasConflicts", golden.hasConflicts());
        ArrayNode conflicts = doc.putArray("conflicts");
        ObjectNode fields = mapper.createObjectNode();
        field(fields, conflicts, ProfileField.NAME, golden.name());
        field(fields, conflicts, ProfileField.OTHER_NAMES, golden.otherNames());
        field(fields, conflicts, ProfileField.DATE_OF_BIRTH, golden.dateOfBirth());
        field(fields, conflicts, ProfileField.SEX, golden.sex());
        field(fields, conflicts, ProfileField.NATIONAL_ID, golden.nationalId());
        field(fields, conflicts, ProfileField.IDENTIFIERS, golden.identifiers());
        field(fields, conflicts, ProfileField.ADDRESSES, golden.addresses());
        field(fields, conflicts, ProfileField.PHONES, golden.phones());
        field(fields, conflicts, ProfileField.EMAILS, golden.emails());
        doc.set("fields", fields);
        ArrayNode recordArray = doc.putArray("records");
        linked.forEach(r -> recordArray.add(record(r)));
        return doc;
    }

    public byte[] bytes(ObjectNode doc) {
        try {
            return mapper.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private void field(ObjectNode fields, ArrayNode conflicts, ProfileField field, FieldValues<?> values) {
        ObjectNode node = fields.putObject(field.configName());
        if (values.preferred() != null) {
            node.set("preferred", ValueJson.of(values.preferredValue()));
        }
        node.put("conflict", values.conflict());
        if (values.conflict()) {
            node.put("conflictReason", values.conflictReason());
            conflicts.addObject().put("field", field.configName()).put("reason", values.conflictReason());
        }
        ArrayNode array = node.putArray("values");
        for (SourcedValue<?> value : values.values()) {
            array.add(value(value));
        }
    }

    private ObjectNode value(SourcedValue<?> value) {
        ObjectNode node = mapper.createObjectNode();
        JsonNode shown = ValueJson.of(value.value());
        node.set("value", shown);
        node.put("agreeing", value.agreeingRecords());
        ArrayNode provenance = node.putArray("provenance");
        for (Provenance<?> from : value.provenance()) {
            ObjectNode p = provenance.addObject().put("source", from.sourceId()).put("recordId", from.recordId());
            if (from.updatedAt() != null) {
                p.put("updatedAt", from.updatedAt().toString());
            }
            JsonNode written = ValueJson.of(from.asWritten());
            if (!written.equals(shown)) {
                p.set("asWritten", written);
            }
        }
        return node;
    }

    private ObjectNode record(LinkedSourceRecord linked) {
        Link link = linked.link();
        ObjectNode node = mapper.createObjectNode();
        node.put("source", link.record().sourceId());
        node.put("recordId", link.record().recordId());
        node.put("state", link.state().name());
        if (link.score() != null) {
            node.put("score", link.score());
        }
        node.put("origin", link.origin().name());
        node.put("linkedAt", link.updatedAt().toString());
        node.setAll(records.fields(linked.record()));
        return node;
    }

    /** The latest of the citizen's creation, its links' changes and its records' own update times. */
    private static Instant lastChange(Citizen citizen, List<LinkedSourceRecord> linked) {
        Instant latest = citizen.createdAt();
        for (LinkedSourceRecord r : linked) {
            latest = later(latest, r.link().updatedAt());
            latest = later(latest, r.record().updatedAt());
        }
        return latest;
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
