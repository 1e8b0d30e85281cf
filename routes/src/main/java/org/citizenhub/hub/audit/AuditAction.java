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
    /**
     * The connector file the hub runs on changed: taken in at start or on a reload, by "system" or by the admin
     * whose request made the hub read it again. The detail holds the file's SHA-256 and the connector ids
     * added, removed and changed, never the file's content.
     */
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
    /**
     * A request whose credentials were refused (unknown API key, wrong password, invalid bearer token, failed
     * sign-in form) or that came with none to a protected API endpoint: 401, recorded as "anonymous" with the
     * path (never the query), the kind of credentials, the claimed name when it is no secret, and the address.
     */
    AUTH_FAILURE,
    /** Any other request the security layer refused (method and path in the detail). */
    OTHER
}
