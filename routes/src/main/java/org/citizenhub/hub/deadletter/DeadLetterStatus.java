package org.citizenhub.hub.deadletter;

/** OPEN: waiting for a fix; REPLAYED: ingested on replay; DISCARDED: an admin gave up on it. */
public enum DeadLetterStatus {
    OPEN, REPLAYED, DISCARDED
}
