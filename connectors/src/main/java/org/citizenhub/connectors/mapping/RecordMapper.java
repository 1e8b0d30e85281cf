package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.citizenhub.connectors.config.DeletionFlag;
import org.citizenhub.connectors.config.FieldSpec;
import org.citizenhub.connectors.config.IdentifierSpec;
import org.citizenhub.connectors.config.MappingConfig;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/**
 * Maps one native record onto the canonical record. Every source is seen as a JSON tree: a CSV row or a
 * JDBC row is a flat object of column to value (column names matched case-insensitively), an NDJSON line
 * or a REST item is the object as sent. The record's raw payload is the native record's JSON text.
 * The mapping is compiled once, here; a mapper is immutable and safe to share between threads.
 */
public final class RecordMapper {

    /** The longest record id: the hub keys records by it. */
    public static final int MAX_RECORD_ID_CHARS = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String connectorId;
    private final FieldReader recordId;
    private final NameMapping name;
    private final List<NameMapping> otherNames;
    private final DateReader dateOfBirth;
    private final FieldReader sex;
    private final FieldReader nationalId;
    private final List<IdentifierReader> identifiers;
    private final List<AddressMapping> addresses;
    private final List<FieldReader> phones;
    private final List<FieldReader> emails;
    private final DateReader createdAt;
    private final DateReader updatedAt;
    private final FieldReader deleted;

    /**
     * @throws IllegalArgumentException when the mapping holds an invalid JSON path, regex or date format
     *         (the connector file loader has already rejected those with the key that holds them)
     */
    public RecordMapper(String connectorId, MappingConfig mapping) {
        this(connectorId, mapping, Clock.systemUTC());
    }

    /** With the clock that decides what "past" and "future" mean (two-digit years, ended addresses). */
    public RecordMapper(String connectorId, MappingConfig mapping, Clock clock) {
        this.connectorId = connectorId;
        this.recordId = FieldReader.compile("recordId", mapping.recordId());
        this.name = mapping.name() == null ? null : new NameMapping("name", mapping.name());
        this.otherNames = indexed(mapping.otherNames().size(), i -> new NameMapping("otherNames[" + i + "]", mapping.otherNames().get(i)));
        this.dateOfBirth = DateReader.compile("dateOfBirth", mapping.dateOfBirth(), clock);
        this.sex = FieldReader.compile("sex", mapping.sex());
        this.nationalId = FieldReader.compile("nationalId", mapping.nationalId());
        this.identifiers = indexed(mapping.identifiers().size(), i -> new IdentifierReader("identifiers[" + i + "]", mapping.identifiers().get(i)));
        this.addresses = indexed(mapping.addresses().size(), i -> new AddressMapping("addresses[" + i + "]", mapping.addresses().get(i), clock));
        this.phones = fields("phones", mapping.phones());
        this.emails = fields("emails", mapping.emails());
        this.createdAt = DateReader.compile("createdAt", mapping.createdAt(), clock);
        this.updatedAt = DateReader.compile("updatedAt", mapping.updatedAt(), clock);
        this.deleted = FieldReader.compile("deleted", mapping.deleted());
    }

    public String connectorId() {
        return connectorId;
    }

    /**
     * Maps a record and reads its deletion flag ({@link DeletionFlag}). A record marked deleted is not mapped
     * further: it comes back with its key and raw payload only, so a tombstone holding just an id is enough.
     *
     * @throws MappingException as {@link #map}
     */
    public MappedRecord mapRecord(JsonNode nativeRecord) throws MappingException {
        requireObject(nativeRecord);
        String id = readRecordId(nativeRecord);
        if (isDeleted(id, nativeRecord)) {
            return new MappedRecord(SourceRecord.builder(connectorId, id).rawPayload(compact(nativeRecord)).build(), true);
        }
        return new MappedRecord(map(nativeRecord), false);
    }

    /**
     * Maps a record, ignoring any deletion flag (see {@link #mapRecord}).
     *
     * @throws MappingException naming the field and the problem; its record id is null when the id itself
     *         is missing
     */
    public SourceRecord map(JsonNode nativeRecord) throws MappingException {
        requireObject(nativeRecord);
        String id = readRecordId(nativeRecord);
        try {
            SourceRecord.Builder record = SourceRecord.builder(connectorId, id).rawPayload(compact(nativeRecord));
            if (name != null) {
                record.name(name.read(nativeRecord));
            }
            otherNames.forEach(other -> record.otherName(other.read(nativeRecord)));
            record.dateOfBirth(dateOfBirth == null ? null : dateOfBirth.partialDate(nativeRecord));
            record.sex(readSex(nativeRecord));
            record.nationalId(nationalId == null ? null : nationalId.first(nativeRecord));
            identifiers.forEach(identifier -> identifier.read(nativeRecord).forEach(record::identifier));
            addresses.forEach(address -> address.read(nativeRecord).forEach(record::address));
            distinctValues(phones, nativeRecord).forEach(record::phone);
            distinctValues(emails, nativeRecord).forEach(record::email);
            record.createdAt(createdAt == null ? null : createdAt.instant(nativeRecord));
            record.updatedAt(updatedAt == null ? null : updatedAt.instant(nativeRecord));
            return record.build();
        } catch (MappingProblem problem) {
            throw new MappingException(id, problem.getMessage());
        } catch (RuntimeException unexpected) {
            // The message of an unexpected exception may quote a value: report only its kind.
            throw new MappingException(id, "record: cannot be mapped (" + unexpected.getClass().getSimpleName() + ")");
        }
    }

    private static void requireObject(JsonNode nativeRecord) throws MappingException {
        if (nativeRecord == null || !nativeRecord.isObject()) {
            throw new MappingException(null, "record: expected a JSON object");
        }
    }

    private boolean isDeleted(String id, JsonNode nativeRecord) throws MappingException {
        if (deleted == null) {
            return false;
        }
        try {
            return DeletionFlag.isDeleted(deleted.first(nativeRecord));
        } catch (MappingProblem problem) {
            throw new MappingException(id, problem.getMessage());
        }
    }

    private String readRecordId(JsonNode nativeRecord) throws MappingException {
        try {
            String id = recordId.first(nativeRecord);
            if (id == null) {
                throw new MappingException(null, "recordId: missing or blank");
            }
            if (id.length() > MAX_RECORD_ID_CHARS) {
                throw new MappingException(null, "recordId: longer than " + MAX_RECORD_ID_CHARS + " characters");
            }
            return id;
        } catch (MappingProblem problem) {
            throw new MappingException(null, problem.getMessage());
        }
    }

    private Sex readSex(JsonNode nativeRecord) {
        String value = sex == null ? null : sex.first(nativeRecord);
        return value == null ? null : Sex.parse(value);
    }

    private static List<String> distinctValues(List<FieldReader> fields, JsonNode record) {
        Set<String> out = new LinkedHashSet<>();
        fields.forEach(field -> out.addAll(field.values(record)));
        return List.copyOf(out);
    }

    private static List<FieldReader> fields(String label, List<FieldSpec> specs) {
        return indexed(specs.size(), i -> FieldReader.compile(specs.size() == 1 ? label : label + "[" + i + "]", specs.get(i)));
    }

    private static <T> List<T> indexed(int size, IntFunction<T> compile) {
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(compile.apply(i));
        }
        return List.copyOf(out);
    }

    private static String compact(JsonNode nativeRecord) {
        try {
            return JSON.writeValueAsString(nativeRecord);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** One identifier mapping: the system, and a value field that may yield several identifiers. */
    private record IdentifierReader(String system, FieldReader value) {
        IdentifierReader(String label, IdentifierSpec spec) {
            this(spec.system(), FieldReader.compile(label + ".value", spec.value()));
        }

        List<Identifier> read(JsonNode record) {
            return value.values(record).stream().map(v -> new Identifier(system, v)).toList();
        }
    }
}
