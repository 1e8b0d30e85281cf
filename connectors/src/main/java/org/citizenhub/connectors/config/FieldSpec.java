package org.citizenhub.connectors.config;

/** DRAFT, owned by the mapping work: where one canonical value comes from, and its transforms. */
public record FieldSpec(String from) {
}
