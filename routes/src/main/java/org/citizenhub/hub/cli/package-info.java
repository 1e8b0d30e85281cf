/**
 * The {@code resolve} batch command: runs every connector of a connector file once into a store (temporary
 * unless {@code --db} is given), resolves the records to citizens and writes the crosswalk CSV. No web
 * server, no cluster. Also the pieces the other sub-commands share: option parsing ({@code CliOptions}),
 * usage errors and quiet logging.
 */
package org.citizenhub.hub.cli;
