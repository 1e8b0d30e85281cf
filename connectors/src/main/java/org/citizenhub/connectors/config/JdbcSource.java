package org.citizenhub.connectors.config;

/**
 * An agency database read by SQL. {@code query} may use the named parameter {@code :#watermark}; rows are
 * expected ordered by {@code watermarkColumn}, whose greatest value read is saved as the next watermark.
 * {@code username} and {@code password} have had their {@code ${env:NAME}} references resolved.
 */
public record JdbcSource(
        String url,
        String username,
        String password,
        String query,
        String watermarkColumn,
        String initialWatermark) {
}
