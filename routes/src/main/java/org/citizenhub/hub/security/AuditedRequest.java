package org.citizenhub.hub.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenhub.hub.audit.AuditAction;

/** Which audited action an API request asks for, and the citizen id in its path if any. */
record AuditedRequest(AuditAction action, String citizenId) {

    private static final Pattern CITIZEN = Pattern.compile("/api/v1/citizens/([^/]+)(/explain|/link|/unlink)?/?");

    static AuditedRequest of(String method, String path) {
        boolean get = "GET".equalsIgnoreCase(method);
        if (path.matches("/api/v1/citizens/?") && get) {
            return new AuditedRequest(AuditAction.SEARCH, null);
        }
        if (path.startsWith("/api/v1/citizens/by-record/")) {
            return new AuditedRequest(AuditAction.PROFILE_READ, null);
        }
        Matcher citizen = CITIZEN.matcher(path);
        if (citizen.matches()) {
            String id = citizen.group(1).length() <= 40 ? citizen.group(1) : null;
            String tail = citizen.group(2) == null ? "" : citizen.group(2);
            return switch (tail) {
                case "/link" -> new AuditedRequest(AuditAction.LINK, id);
                case "/unlink" -> new AuditedRequest(AuditAction.UNLINK, id);
                default -> new AuditedRequest(AuditAction.PROFILE_READ, id);
            };
        }
        if (path.startsWith("/api/v1/review")) {
            return new AuditedRequest(path.endsWith("/accept") ? AuditAction.REVIEW_ACCEPT
                    : path.endsWith("/reject") ? AuditAction.REVIEW_REJECT : AuditAction.REVIEW_READ, null);
        }
        if (path.startsWith("/api/v1/connectors")) {
            return new AuditedRequest(get ? AuditAction.CONNECTOR_READ : AuditAction.CONNECTOR_RUN, null);
        }
        if (path.startsWith("/api/v1/dead-letters")) {
            return new AuditedRequest(get ? AuditAction.DEAD_LETTER_READ : AuditAction.DEAD_LETTER_REPLAY, null);
        }
        if (path.startsWith("/api/v1/audit")) {
            return new AuditedRequest(AuditAction.AUDIT_READ, null);
        }
        if (path.startsWith("/api/v1/admin/match-model")) {
            return new AuditedRequest(get ? AuditAction.MATCH_MODEL_READ : AuditAction.MATCH_MODEL_TRAIN, null);
        }
        return new AuditedRequest(AuditAction.OTHER, null);
    }
}
