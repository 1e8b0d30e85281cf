package org.citizenhub.hub.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.citizenhub.hub.testing.SettableClock;
import org.junit.jupiter.api.Test;

/** The memory of common search keys: forgotten after its time to live, and never larger than its bound. */
class CommonSearchKeysTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aKeyIsRememberedUntilItsTimeToLiveEnds() {
        CommonSearchKeys common = new CommonSearchKeys(clock, Duration.ofMinutes(30).toMillis(), 10);
        common.add("fp:1");

        clock.advance(Duration.ofMinutes(29));
        assertThat(common.contains("fp:1")).isTrue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(common.contains("fp:1")).isFalse();
        assertThat(common.contains("fp:2")).isFalse();
    }

    @Test
    void itNeverHoldsMoreThanItsBound() {
        CommonSearchKeys common = new CommonSearchKeys(clock, Duration.ofMinutes(30).toMillis(), 3);
        for (int i = 0; i < 7; i++) {
            common.add("fp:" + i);
        }

        long remembered = java.util.stream.IntStream.range(0, 7).filter(i -> common.contains("fp:" + i)).count();
        assertThat(remembered).isBetween(1L, 3L);
        assertThat(common.contains("fp:6")).isTrue();
    }
}
