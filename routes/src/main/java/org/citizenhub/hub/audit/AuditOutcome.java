package org.citizenhub.hub.audit;

/** How the attempt ended. The schema allows exactly these names. */
public enum AuditOutcome {
    ALLOWED,
    DENIED,
    NOT_FOUND,
    ERROR
}
