package org.citizenhub.hub.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.citizenhub.hub.store.Texts;

/**
 * How an entry's hash is made, in one place for the writer and the verifier: SHA-256 (lower-case hex) of the
 * entry's canonical text, which holds every field but the hash itself, the previous entry's hash included.
 * <p>
 * The canonical text is a version line {@value #VERSION} and then one line per field in a fixed order:
 * {@code name=<length>:<value>}, or {@code name=-} for an absent value. The length prefix makes it
 * unambiguous whatever a value holds (line breaks, '=' or ':'). Times are ISO-8601 instants cut to
 * microseconds, the precision PostgreSQL keeps, so a stored entry hashes the same when read back.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "citizen-hub-audit/1";

    private AuditChain() {
    }

    /** The instant as the log stores and hashes it. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String hash(AuditEntry entry) {
        return Texts.sha256(canonical(entry));
    }

    static String canonical(AuditEntry entry) {
        StringBuilder text = new StringBuilder(256).append(VERSION).append('\n');
        field(text, "seq", Long.toString(entry.seq()));
        field(text, "at", entry.at() == null ? null : stored(entry.at()).toString());
        field(text, "actor", entry.actor());
        field(text, "actor_role", entry.actorRole());
        field(text, "action", entry.action());
        field(text, "citizen_id", entry.citizenId());
        field(text, "purpose", entry.purpose());
        field(text, "outcome", entry.outcome());
        field(text, "detail", entry.detail());
        field(text, "prev_hash", entry.prevHash());
        return text.toString();
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.length()).append(':').append(value);
        }
        text.append('\n');
    }
}
