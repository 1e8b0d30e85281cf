package org.citizenhub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void aStatedPurposeIsMaskedAndCleanedBecauseEntriesCannotBeErased() {
        AuditEvent event = AuditEvent.of("partner-x", "PARTNER", AuditAction.PROFILE_READ, AuditOutcome.ALLOWED)
                .withPurpose("  check for ann@example.org\r\nborn 1980-01-02, nino AB123456C ");

        assertThat(event.purpose()).isEqualTo("check for [EMAIL]  born [DATE], nino [ID]");
    }

    @Test
    void overLongTextsAreCutToTheColumnSizes() {
        AuditEvent event = AuditEvent.of("a".repeat(500), "PARTNER", AuditAction.SEARCH, AuditOutcome.DENIED)
                .withPurpose("p".repeat(5000))
                .withDetail("d".repeat(5000));

        assertThat(event.actor()).hasSize(AuditEvent.MAX_ACTOR);
        assertThat(event.purpose()).hasSize(AuditEvent.MAX_PURPOSE);
        assertThat(event.detail()).hasSize(AuditEvent.MAX_DETAIL);
    }

    @Test
    void blankOptionalTextsAreAbsent() {
        AuditEvent event = AuditEvent.of("cw-1", "CASEWORKER", AuditAction.SEARCH, AuditOutcome.ALLOWED)
                .withCitizen(" ").withPurpose("").withDetail(null);

        assertThat(event.citizenId()).isNull();
        assertThat(event.purpose()).isNull();
        assertThat(event.detail()).isNull();
    }

    @Test
    void whoAndWhatAreRequired() {
        assertThatThrownBy(() -> AuditEvent.of(" ", "CASEWORKER", AuditAction.SEARCH, AuditOutcome.ALLOWED))
                .hasMessageContaining("actor");
        assertThatThrownBy(() -> AuditEvent.of("cw-1", null, AuditAction.SEARCH, AuditOutcome.ALLOWED))
                .hasMessageContaining("actorRole");
        assertThatThrownBy(() -> AuditEvent.of("cw-1", "CASEWORKER", null, AuditOutcome.ALLOWED))
                .hasMessageContaining("action");
    }
}
