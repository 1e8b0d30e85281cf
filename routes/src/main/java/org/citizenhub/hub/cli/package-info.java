/**
 * The {@code resolve} batch command: runs every connector of a connector file once into a store (temporary
 * unless {@code --db} is given), resolves the records to citizens and writes the crosswalk CSV. No web
 * server, no cluster.
 */
package org.citizenhub.hub.cli;
