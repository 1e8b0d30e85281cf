package org.citizenhub.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @ParameterizedTest
    @CsvSource({"1980,1980,false", "1980-04,1980-04,false", "1980-04-09,1980-04-09,true"})
    void parsesAndPrintsEveryIsoPrecision(String iso, String printed, boolean complete) {
        PartialDate date = PartialDate.parse(iso);
        assertThat(date.toIso()).isEqualTo(printed);
        assertThat(date.isComplete()).isEqualTo(complete);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1980-02-30", "1980-13", "19x0", "1980-01-01-01", "0"})
    void rejectsImpossibleDates(String iso) {
        assertThatThrownBy(() -> PartialDate.parse(iso)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void aPartialDateHasNoLocalDateButAnEarliestDay() {
        PartialDate yearMonth = PartialDate.ofYearMonth(2001, 7);
        assertThat(yearMonth.toLocalDate()).isNull();
        assertThat(yearMonth.earliestDay()).isEqualTo(LocalDate.of(2001, 7, 1));
    }
}
