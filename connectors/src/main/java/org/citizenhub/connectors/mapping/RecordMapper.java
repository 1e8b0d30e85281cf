package org.citizenhub.connectors.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.citizenhub.connectors.config.MappingConfig;
import org.citizenhub.core.record.SourceRecord;

/**
 * Maps one native record onto the canonical record. Every source is seen as a JSON tree: a CSV row or a
 * JDBC row is a flat object of column to value (column names matched case-insensitively), an NDJSON line
 * or a REST item is the object as sent. The record's raw payload is the native record's JSON text.
 */
public final class RecordMapper {

    private final String connectorId;
    private final MappingConfig mapping;

    public RecordMapper(String connectorId, MappingConfig mapping) {
        this.connectorId = connectorId;
        this.mapping = mapping;
    }

    public SourceRecord map(JsonNode nativeRecord) throws MappingException {
        throw new UnsupportedOperationException("DRAFT: implemented by the mapping work");
    }
}
