package org.citizenhub.core.match.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {

    @ParameterizedTest
    @CsvSource({"martha,marhta,0.961", "dwayne,duane,0.840", "dixon,dicksonx,0.813", "abc,abc,1.0", "abc,xyz,0.0"})
    void knownValues(String a, String b, double expected) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(expected, within(0.001));
        assertThat(JaroWinkler.similarity(b, a)).isCloseTo(expected, within(0.001));
    }
}
