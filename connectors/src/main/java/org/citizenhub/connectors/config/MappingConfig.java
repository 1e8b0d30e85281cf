package org.citizenhub.connectors.config;

/**
 * DRAFT, owned by the mapping work: how native fields map onto the canonical record.
 */
public record MappingConfig(FieldSpec recordId) {
}
