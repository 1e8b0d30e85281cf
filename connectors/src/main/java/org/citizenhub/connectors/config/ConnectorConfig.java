package org.citizenhub.connectors.config;

import java.time.Duration;

/**
 * One connector: an id (the Camel route id and the {@code source} of every record it brings), the kind of
 * source with its settings (exactly one of {@code file}, {@code jdbc}, {@code rest} is set, matching
 * {@code kind}), how often to run again ({@code schedule}, null: only at start and on demand), and the mapping.
 */
public record ConnectorConfig(
        String id,
        String description,
        ConnectorKind kind,
        Duration schedule,
        boolean runAtStart,
        FileSource file,
        JdbcSource jdbc,
        RestSource rest,
        MappingConfig mapping) {
}
