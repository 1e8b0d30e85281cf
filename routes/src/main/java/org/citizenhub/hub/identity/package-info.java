/**
 * Identity: stored source records, citizens and the links between them, and {@link
 * org.citizenhub.hub.identity.HubIngestSink}, which upserts each incoming record and resolves it to a
 * citizen (new, joined, or merging several). Citizen ids are opaque and stable: a merged id redirects.
 */
package org.citizenhub.hub.identity;
