package org.citizenhub.hub.casework;

/**
 * A caseworker's request that cannot be carried out, with a message for the caseworker (ids at most, never
 * personal data). The API turns {@link Kind} into 404 or 409.
 */
public final class CaseworkException extends RuntimeException {

    public enum Kind {
        /** A citizen, record or review item that does not exist. */
        NOT_FOUND,
        /** The request contradicts the current state (already linked, already decided, the only record). */
        CONFLICT
    }

    private final Kind kind;

    private CaseworkException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    static CaseworkException notFound(String message) {
        return new CaseworkException(Kind.NOT_FOUND, message);
    }

    static CaseworkException conflict(String message) {
        return new CaseworkException(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }
}
