package org.citizenhub.hub.audit;

import java.util.Objects;
import java.util.regex.Pattern;
import org.citizenhub.hub.privacy.PersonalDataMasker;
import org.citizenhub.hub.store.Texts;

/**
 * One thing to record: who ({@code actor}, {@code actorRole}) did what ({@code action}) to which citizen (if
 * any), why ({@code purpose}, as the caller stated it) and how it ended. {@code detail} is for ids only
 * (record keys, connector ids, dead-letter ids, a count), never for personal data: audit entries can never be
 * erased. The purpose is free text from a caller, so it is cleaned of control characters and masked with
 * {@link PersonalDataMasker} on the way in. Over-long texts are cut to the column sizes, so recording never
 * fails on them.
 */
public record AuditEvent(String actor, String actorRole, AuditAction action, AuditOutcome outcome, String citizenId,
                         String purpose, String detail) {

    public static final int MAX_ACTOR = 200;
    public static final int MAX_ROLE = 40;
    public static final int MAX_CITIZEN_ID = 40;
    public static final int MAX_PURPOSE = 500;
    public static final int MAX_DETAIL = 2000;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public AuditEvent {
        actor = required(actor, "actor", MAX_ACTOR);
        actorRole = required(actorRole, "actorRole", MAX_ROLE);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        citizenId = optional(citizenId, MAX_CITIZEN_ID);
        purpose = optional(purpose == null ? null : PersonalDataMasker.mask(purpose), MAX_PURPOSE);
        detail = optional(detail, MAX_DETAIL);
    }

    /** An event without citizen, purpose or detail; add them with the {@code with...} methods. */
    public static AuditEvent of(String actor, String actorRole, AuditAction action, AuditOutcome outcome) {
        return new AuditEvent(actor, actorRole, action, outcome, null, null, null);
    }

    public AuditEvent withCitizen(String id) {
        return new AuditEvent(actor, actorRole, action, outcome, id, purpose, detail);
    }

    public AuditEvent withPurpose(String statedPurpose) {
        return new AuditEvent(actor, actorRole, action, outcome, citizenId, statedPurpose, detail);
    }

    public AuditEvent withDetail(String ids) {
        return new AuditEvent(actor, actorRole, action, outcome, citizenId, purpose, ids);
    }

    private static String required(String value, String name, int max) {
        String cleaned = optional(value, max);
        if (cleaned == null) {
            throw new IllegalArgumentException("audit event: " + name + " is required");
        }
        return cleaned;
    }

    /** Null or blank is null; control characters become spaces; cut to {@code max}. */
    private static String optional(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Texts.limit(CONTROL.matcher(value.strip()).replaceAll(" "), max);
    }
}
