/**
 * Dead letters: native records that could not be read, mapped, validated or ingested, kept with the reason
 * and the raw payload, listed for an admin and replayable with the connector's current mapping.
 */
package org.citizenhub.hub.deadletter;
