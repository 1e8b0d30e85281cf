package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource({"389524463,true", "389524464,false", "440359966,true", "AB123456C,true"})
    void luhnCheckDigit(String id, boolean passes) {
        assertThat(NationalIds.passesLuhn(id)).isEqualTo(passes);
        assertThat(NationalIds.valid(id, CheckScheme.LUHN).isPresent()).isEqualTo(passes);
    }

    @ParameterizedTest
    @CsvSource({"9434765919,true", "9434765918,false", "4010232137,true", "4010232173,false"})
    void mod11CheckDigitAsOnTheNhsNumber(String id, boolean passes) {
        assertThat(NationalIds.passesMod11(id)).isEqualTo(passes);
    }

    @Test
    void theSchemeIsFoundFromThePopulationsIds() {
        List<String> luhn = IntStream.range(0, 200).mapToObj(i -> withLuhnDigit(String.format("%08d", 10_000_000 + i * 7919)))
                .toList();
        List<String> random = IntStream.range(0, 200).mapToObj(i -> String.format("%09d", 100_000_000 + i * 7919)).toList();

        assertThat(NationalIds.detectScheme(luhn)).isEqualTo(CheckScheme.LUHN);
        assertThat(NationalIds.detectScheme(random)).isEqualTo(CheckScheme.NONE);
        assertThat(NationalIds.detectScheme(luhn.subList(0, 10))).isEqualTo(CheckScheme.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"389524463", "0123", "AB123456C", "00000000001"})
    void packingKeepsTheIdExactly(String id) {
        assertThat(NationalIds.unpack(NationalIds.pack(id))).isEqualTo(id);
    }

    @ParameterizedTest
    @CsvSource({"389524463,389524464,true", "389524463,385924463,true", "389524463,389524499,false", "389524463,38952446,false"})
    void oneEditApart(String a, String b, boolean close) {
        assertThat(NationalIds.oneEditApart(NationalIds.pack(a), NationalIds.pack(b))).isEqualTo(close);
    }

    private static String withLuhnDigit(String body) {
        for (int d = 0; d < 10; d++) {
            if (NationalIds.passesLuhn(body + d)) {
                return body + d;
            }
        }
        throw new IllegalStateException();
    }
}
