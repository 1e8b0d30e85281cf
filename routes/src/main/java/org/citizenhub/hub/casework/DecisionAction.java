package org.citizenhub.hub.casework;

/** What a caseworker decided. */
public enum DecisionAction {
    /** Two citizens are one person: merged. */
    LINK,
    /** A record is not this citizen: detached into a citizen of its own and kept apart. */
    UNLINK,
    /** A review item's two records are one person. */
    ACCEPT,
    /** A review item's two records are two people: kept apart. */
    REJECT
}
