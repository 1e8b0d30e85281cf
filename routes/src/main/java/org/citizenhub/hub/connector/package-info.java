/**
 * Connectors inside the hub: loading the connector file, adding its Camel routes, running connectors at
 * start, on schedule or on demand, and keeping their checkpoints and run history in the database.
 */
package org.citizenhub.hub.connector;
