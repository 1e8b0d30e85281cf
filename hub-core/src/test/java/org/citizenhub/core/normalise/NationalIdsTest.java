package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdsTest {

    @Test
    void separatorsAndCaseAreIgnored() {
        assertThat(NationalIds.valid("ab 12-34.56 c")).contains("AB123456C");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12345", "000000000", "999999999", "123456789", "987654321", "AB12#456"})
    void placeholdersAndMalformedIdsAreMissing(String raw) {
        assertThat(NationalIds.valid(raw)).isEmpty();
    }

    @Test
    void nullIsMissing() {
        assertThat(NationalIds.valid(null)).isEmpty();
    }
}
