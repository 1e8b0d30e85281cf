package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNormaliserTest {

    private final PhoneNormaliser gb = new PhoneNormaliser("GB");

    @ParameterizedTest
    @ValueSource(strings = {"01632 960029", "+44 1632 960029", "(01632) 960-029", "0044 1632 960029", "+44 (0)1632 960029",
        "01632960029", "1632 960029"})
    void writingsOfOneNumberShareOneCanonicalForm(String raw) {
        assertThat(PhoneNormaliser.format(gb.canonical(raw))).isEqualTo("+441632960029");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "12", "00000000000", "07000000000", "999999999", "not a phone"})
    void placeholdersAndNonsenseAreMissing(String raw) {
        assertThat(gb.canonical(raw)).isZero();
    }

    @Test
    void nationalNumbersAreReadInTheConfiguredRegion() {
        PhoneNormaliser ireland = new PhoneNormaliser("IE");

        assertThat(PhoneNormaliser.format(ireland.canonical("01 234 5678"))).isEqualTo("+35312345678");
        assertThat(PhoneNormaliser.format(new PhoneNormaliser("US").canonical("(201) 555-0123"))).isEqualTo("+12015550123");
    }

    @Test
    void anUnknownRegionIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new PhoneNormaliser("XX")).hasMessageContaining("unknown phone region 'XX'");
    }
}
