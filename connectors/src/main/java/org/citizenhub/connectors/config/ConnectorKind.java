package org.citizenhub.connectors.config;

/** Where a connector reads from. */
public enum ConnectorKind {
    FILE, JDBC, REST
}
