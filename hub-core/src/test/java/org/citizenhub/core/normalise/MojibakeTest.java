package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MojibakeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "JosÃ©|José",
        "MÃ¼ller|Müller",
        "FranÃ§ois|François",
        "SeÃ¡n|Seán",
        "O\u00e2\u20ac\u2122Neil|O’Neil",
        "José|José",
        "Ã alone|Ã alone",
        "plain|plain",
    })
    void repairsUtf8ReadAsLatin1AndLeavesCorrectTextAlone(String raw, String repaired) {
        assertThat(Mojibake.repair(raw)).isEqualTo(repaired);
    }
}
