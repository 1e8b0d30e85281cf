package org.citizenhub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final AuditEntry ENTRY = new AuditEntry(7, Instant.parse("2026-03-01T09:00:00.123456Z"), "cw-1",
            "CASEWORKER", "PROFILE_READ", "C0000000000000000000A", null, "ALLOWED", "record tax/T1", AuditChain.GENESIS, null);

    @Test
    void theCanonicalTextHoldsEveryFieldLengthPrefixedInAFixedOrder() {
        assertThat(AuditChain.canonical(ENTRY)).isEqualTo("""
                citizen-hub-audit/1
                seq=1:7
                at=27:2026-03-01T09:00:00.123456Z
                actor=4:cw-1
                actor_role=10:CASEWORKER
                action=12:PROFILE_READ
                citizen_id=21:C0000000000000000000A
                purpose=-
                outcome=7:ALLOWED
                detail=13:record tax/T1
                prev_hash=64:%s
                """.formatted(AuditChain.GENESIS));
        assertThat(AuditChain.hash(ENTRY)).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void valuesCannotBeShiftedFromOneFieldToTheNext() {
        AuditEntry a = new AuditEntry(1, ENTRY.at(), "cw-1\ndetail=x", "CASEWORKER", "SEARCH", null, null, "ALLOWED", null,
                AuditChain.GENESIS, null);
        AuditEntry b = new AuditEntry(1, ENTRY.at(), "cw-1", "CASEWORKER", "SEARCH", null, null, "ALLOWED", "x",
                AuditChain.GENESIS, null);

        assertThat(AuditChain.hash(a)).isNotEqualTo(AuditChain.hash(b));
    }

    @Test
    void timesAreHashedAtMicrosecondsAsTheDatabaseKeepsThem() {
        AuditEntry nanos = new AuditEntry(7, Instant.parse("2026-03-01T09:00:00.123456789Z"), ENTRY.actor(), ENTRY.actorRole(),
                ENTRY.action(), ENTRY.citizenId(), ENTRY.purpose(), ENTRY.outcome(), ENTRY.detail(), ENTRY.prevHash(), null);

        assertThat(AuditChain.hash(nanos)).isEqualTo(AuditChain.hash(ENTRY));
    }
}
