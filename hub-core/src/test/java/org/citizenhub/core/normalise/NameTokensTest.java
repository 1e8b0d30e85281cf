package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citizenhub.core.normalise.NameTokens.Generation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTokensTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            McDonald     | mcdonald
            MacDonald    | mcdonald
            Mac Donald   | mac donald
            O'Brien      | obrien
            Smith-Jones  | smith jones
            Dr Smith Jr  | smith
            JosÃ©        | jose
            """)
    void familyTokens(String raw, String tokens) {
        assertThat(String.join(" ", NameTokens.family(raw))).isEqualTo(tokens);
    }

    @Test
    void givenTokensDropTitlesAndSuffixes() {
        assertThat(NameTokens.given("Mr John Paul III")).containsExactly("john", "paul");
    }

    @Test
    void partsOfAMultiPartFamilyNameLeaveOutParticles() {
        assertThat(NameTokens.familyParts(List.of("van", "der", "berg"))).containsExactly("berg");
        assertThat(NameTokens.familyParts(List.of("smith", "jones"))).containsExactly("smith", "jones");
        assertThat(NameTokens.familyParts(List.of("smith"))).isEmpty();
    }

    @Test
    void generationComesFromTheSuffixOrATrailingWord() {
        assertThat(NameTokens.generation("Jr.", "John", "Smith")).isEqualTo(Generation.JUNIOR);
        assertThat(NameTokens.generation(null, "John", "Smith Snr")).isEqualTo(Generation.SENIOR);
        assertThat(NameTokens.generation(null, "John", "Smith")).isEqualTo(Generation.NONE);
        assertThat(Generation.JUNIOR.conflictsWith(Generation.SENIOR)).isTrue();
        assertThat(Generation.JUNIOR.conflictsWith(Generation.NONE)).isFalse();
    }
}
