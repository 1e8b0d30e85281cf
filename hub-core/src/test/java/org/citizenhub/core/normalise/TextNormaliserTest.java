package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormaliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "José|jose",
        "  JOSE  |jose",
        "O'Neil|oneil",
        "O’Neil|oneil",
        "Smith-Jones|smith jones",
        "Anne  Marie|anne marie",
        "Zoë Brontë|zoe bronte",
    })
    void foldsCaseDiacriticsAndPunctuation(String raw, String folded) {
        assertThat(TextNormaliser.fold(raw)).isEqualTo(folded);
    }

    @org.junit.jupiter.api.Test
    void nullFoldsToEmpty() {
        assertThat(TextNormaliser.fold(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "José|jose",
        "JosÃ©|jose",
        "Jos?|jos?",
        "Jos\uFFFD|jos?",
        "MÃ¼ller|muller",
        "Łukasz Øster|lukasz oster",
        "Strauß|strauss",
        "O'Brien|obrien",
        "Mary-Jane|mary jane",
    })
    void foldsNamesRepairingMojibakeAndKeepingLostCharacters(String raw, String folded) {
        assertThat(TextNormaliser.foldName(raw.replace("\\uFFFD", "\uFFFD"))).isEqualTo(folded);
    }
}
