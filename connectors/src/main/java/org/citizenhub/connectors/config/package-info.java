/**
 * The connector file: its model ({@link org.citizenhub.connectors.config.ConnectorConfig}, the source blocks,
 * {@link org.citizenhub.connectors.config.MappingConfig} and its field specs) and
 * {@link org.citizenhub.connectors.config.ConnectorConfigLoader}, which reads the YAML through small readers,
 * one per block, and fails fast with one {@link org.citizenhub.connectors.config.ConnectorConfigException}
 * naming the file, the key path, the line and the reason. The format is documented in
 * docs/connector-reference.md, which a test keeps in step with this code.
 */
package org.citizenhub.connectors.config;
