package org.citizenhub.bench.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NationalIdSchemeTest {

    @Test
    void knownNumberChecksOut() {
        // the NHS number scheme's worked example: 943 476 591 has check digit 9
        assertThat(NationalIdScheme.checkDigit("943476591")).isEqualTo(9);
        assertThat(NationalIdScheme.isValid("943 476 5919")).isTrue();
        assertThat(NationalIdScheme.isValid("943-476-5919")).isTrue();
    }

    @Test
    void issuedIdsAreValidUniqueAndTenDigits() {
        Set<String> seen = new HashSet<>();
        for (int serial = 0; serial < 200_000; serial++) {
            String id = NationalIdScheme.issue(serial);
            assertThat(id).hasSize(10).containsOnlyDigits();
            assertThat(NationalIdScheme.isValid(id)).isTrue();
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void anySingleWrongDigitOrAdjacentSwapIsCaught() {
        String id = NationalIdScheme.issue(12345);
        for (int i = 0; i < 10; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != id.charAt(i)) {
                    String wrong = id.substring(0, i) + d + id.substring(i + 1);
                    assertThat(NationalIdScheme.isValid(wrong)).as(wrong).isFalse();
                }
            }
            if (i < 9 && id.charAt(i) != id.charAt(i + 1)) {
                String swapped = id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
                assertThat(NationalIdScheme.isValid(swapped)).as(swapped).isFalse();
            }
        }
    }

    @Test
    void placeholdersAndOddShapesAreInvalid() {
        assertThat(NationalIdScheme.isValid(null)).isFalse();
        assertThat(NationalIdScheme.isValid("999999999")).isFalse();
        assertThat(NationalIdScheme.isValid("1234567890")).isFalse();
        assertThat(NationalIdScheme.isValid("94347659A9")).isFalse();
    }
}
