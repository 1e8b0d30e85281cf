package org.citizenhub.connectors.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            PT15M,   PT15M
            pt1h,    PT1H
            P1D,     PT24H
            30s,     PT30S
            15m,     PT15M
            1h,      PT1H
            1h30m,   PT1H30M
            1d,      PT24H
            500ms,   PT0.5S
            '2 h',   PT2H
            """)
    void readsIsoAndShortForms(String text, String expected) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"every 5 minutes", "15", "m15", "PT", "0s", "PT0S", "-PT5M", "15 min"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
