/**
 * The hub's database: schema migrations, the canonical JSON form of a record, and {@link
 * org.citizenhub.hub.store.HubStore}, which assembles every repository and the ingest sink over one
 * DataSource without Spring (the batch command and the store tests use it directly).
 */
package org.citizenhub.hub.store;
