package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailNormaliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        " Ann.Smith@Example.ORG |ann.smith@example.org",
        "mailto:bob@example.net|bob@example.net",
        "no-at-sign.example.net|-",
        "two@@example.net|-",
        "a b@example.net|-",
        "nodot@localhost|-",
        "-|-",
    })
    void foldsOrRejects(String raw, String folded) {
        assertThat(EmailNormaliser.fold(raw)).isEqualTo(folded);
    }
}
