package org.citizenhub.core.match;

/** Who made a link: the engine, or a caseworker. A manual link is never overturned by re-matching. */
public enum LinkOrigin {
    AUTO, MANUAL
}
