/**
 * Camel source adapters: one route per connector (route id = connector id, {@code direct:connector-<id>}) that
 * reads a file, a database or an HTTP API, turns each native record into a JSON tree, maps and validates it, and
 * delivers it to the {@link org.citizenhub.connectors.IngestSink}. Bad input becomes a dead letter and the run
 * goes on; a run that cannot read its source fails with a {@link org.citizenhub.connectors.source.ConnectorRunException}.
 * Logs carry connector ids, counts and durations only, never record content.
 */
package org.citizenhub.connectors.source;
