/**
 * Source adapters: a connector is configuration (YAML) that says where an agency's records are and how
 * each native field maps onto the canonical record. Nothing here knows about Spring or the hub's store:
 * mapped records and dead letters leave through {@link org.citizenhub.connectors.IngestSink}.
 */
package org.citizenhub.connectors;
