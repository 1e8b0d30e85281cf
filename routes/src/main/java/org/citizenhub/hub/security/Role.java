package org.citizenhub.hub.security;

/** What a signed-in caller may do; Spring authorities are {@code ROLE_<name>}. */
public enum Role {
    /** Search, view and explain citizens; link, unlink and decide the review queue. */
    CASEWORKER,
    /** Connectors, dead letters, the audit log and the match model. */
    ADMIN,
    /** A partner system: the profile API only, with a stated purpose and only the fields of its scopes. */
    PARTNER;

    public String authority() {
        return "ROLE_" + name();
    }
}
