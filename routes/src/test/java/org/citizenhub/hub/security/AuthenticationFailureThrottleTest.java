package org.citizenhub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.citizenhub.hub.security.AuthenticationFailureThrottle.Decision;
import org.citizenhub.hub.security.AuthenticationFailureThrottle.Source;
import org.citizenhub.hub.security.AuthenticationFailureThrottle.Summary;
import org.citizenhub.hub.testing.SettableClock;
import org.junit.jupiter.api.Test;

/** The flood guard of the failed-authentication audit, on a clock the test moves. */
class AuthenticationFailureThrottleTest {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");
    private static final Source ANONYMOUS_A = new Source("10.0.0.1", "none");
    private static final Source BASIC_A = new Source("10.0.0.1", "basic");
    private static final Source ANONYMOUS_B = new Source("10.0.0.2", "none");

    private final SettableClock clock = new SettableClock(START);

    @Test
    void theFirstFailuresOfASourceAreRecordedOneByOneAndTheRestSummarisedWhenItsWindowEnds() {
        AuthenticationFailureThrottle throttle = new AuthenticationFailureThrottle(3, 100, clock);

        List<Boolean> recorded = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(1));
            recorded.add(throttle.admit(ANONYMOUS_A).record());
        }
        assertThat(recorded).containsExactly(true, true, true, false, false, false, false, false, false, false);
        // other kinds and addresses have budgets of their own
        assertThat(throttle.admit(BASIC_A).record()).isTrue();
        assertThat(throttle.admit(ANONYMOUS_B).record()).isTrue();
        assertThat(throttle.due()).isEmpty();

        // the source's next failure after its window: recorded, with the summary of the window before
        clock.advance(Duration.ofSeconds(60));
        Decision next = throttle.admit(ANONYMOUS_A);
        assertThat(next.record()).isTrue();
        Summary summary = next.endedWindow().orElseThrow();
        assertThat(summary.source()).isEqualTo(ANONYMOUS_A);
        assertThat(summary.count()).isEqualTo(7);
        assertThat(summary.first()).isEqualTo(START.plusSeconds(4));
        assertThat(summary.last()).isEqualTo(START.plusSeconds(10));
    }

    @Test
    void theMinuteSweepSummarisesEndedWindowsOnceAndForgetsTheirSources() {
        AuthenticationFailureThrottle throttle = new AuthenticationFailureThrottle(2, 100, clock);
        for (int i = 0; i < 5; i++) {
            throttle.admit(ANONYMOUS_A);
        }
        throttle.admit(ANONYMOUS_B);

        assertThat(throttle.due()).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.due()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(ANONYMOUS_A);
            assertThat(s.count()).isEqualTo(3);
        });
        assertThat(throttle.due()).isEmpty();
        // forgotten: a fresh budget
        assertThat(throttle.admit(ANONYMOUS_A).endedWindow()).isEmpty();
        assertThat(throttle.admit(ANONYMOUS_A).record()).isTrue();
    }

    @Test
    void pastTheOverallBudgetNewSourcesShareOneCountSoManyAddressesCannotFloodTheLog() {
        AuthenticationFailureThrottle throttle = new AuthenticationFailureThrottle(2, 4, clock);

        int recorded = 0;
        for (int address = 0; address < 1000; address++) {
            recorded += throttle.admit(new Source("10.1." + address / 256 + "." + address % 256, "api-key")).record() ? 1 : 0;
        }

        assertThat(recorded).isEqualTo(4);
        clock.advance(Duration.ofMinutes(1));
        List<Summary> summaries = throttle.due();
        assertThat(summaries).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(AuthenticationFailureThrottle.EVERY_OTHER_SOURCE);
            assertThat(s.count()).isEqualTo(996);
        });
    }

    @Test
    void atShutdownEveryPendingCountIsSummarisedEvenInAnOpenWindow() {
        AuthenticationFailureThrottle throttle = new AuthenticationFailureThrottle(1, 1, clock);
        throttle.admit(ANONYMOUS_A);
        throttle.admit(ANONYMOUS_A);
        throttle.admit(ANONYMOUS_B);

        assertThat(throttle.all()).extracting(Summary::source, Summary::count).containsExactlyInAnyOrder(
                tuple(ANONYMOUS_A, 1L),
                tuple(AuthenticationFailureThrottle.EVERY_OTHER_SOURCE, 1L));
        assertThat(throttle.all()).isEmpty();
    }

    @Test
    void budgetsMustMakeSense() {
        assertThatThrownBy(() -> new AuthenticationFailureThrottle(0, 10, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthenticationFailureThrottle(10, 5, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
