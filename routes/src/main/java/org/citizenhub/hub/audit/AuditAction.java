package org.citizenhub.hub.audit;

/** What was done. Stored by name: add new actions at will, never rename one (old entries keep the old name). */
public enum AuditAction {
    /** A citizen's profile was read (web page, JSON or FHIR). */
    PROFILE_READ,
    /** A search for citizens (the criteria are not recorded: they are personal data). */
    SEARCH,
    /** A caseworker linked a source record to a citizen. */
    LINK,
    /** A caseworker unlinked a source record from a citizen. */
    UNLINK,
    /** A review-queue suggestion was accepted. */
    REVIEW_ACCEPT,
    /** A review-queue suggestion was rejected. */
    REVIEW_REJECT,
    /** A connector run was started by hand. */
    CONNECTOR_RUN,
    /** A connector's configuration was changed. */
    CONNECTOR_CHANGE,
    /** Dead letters were listed (they hold raw payloads: personal data). */
    DEAD_LETTER_READ,
    /** A dead letter was replayed. */
    DEAD_LETTER_REPLAY,
    /** The audit log itself was read (who looked at whose accesses). */
    AUDIT_READ,
    /** The review queue was listed (it shows both records of each possible match). */
    REVIEW_READ,
    /** The connectors and their runs were listed (refusals only: listing holds no personal data). */
    CONNECTOR_READ,
    /** The match model was read (refusals only: it holds counts and probabilities). */
    MATCH_MODEL_READ,
    /** A new match model was trained and put in use. */
    MATCH_MODEL_TRAIN,
    /** Any other request the security layer refused (method and path in the detail). */
    OTHER
}
