package org.citizenhub.connectors.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.citizenhub.core.record.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFormatsTest {

    /** Columns: formats (";"-separated, "-" for none: ISO) | text | the partial date read, or "none". */
    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            yyyyMMdd                  | 19800102                  | 1980-01-02
            yyyyMMdd                  | 19800231                  | none
            ddMMyyyy                  | 19800102                  | 1980-01-02
            dd/MM/yyyy                | 02/01/1980                | 1980-01-02
            dd/MM/yyyy                | 2/1/1980                  | none
            d/M/yyyy                  | 2/1/1980                  | 1980-01-02
            dd-MMM-yyyy               | 02-JAN-1980               | 1980-01-02
            dd-MMM-yyyy               | 02-jan-1980               | 1980-01-02
            dd-MMM-yyyy               | 02-Jan-1980               | 1980-01-02
            dd MMMM yyyy              | 2 february 1981           | none
            d MMMM yyyy               | 2 february 1981           | 1981-02-02
            yyyy-MM-dd                | 1980-01-02                | 1980-01-02
            yyyy-MM                   | 1980-07                   | 1980-07
            yyyy                      | 1980                      | 1980
            YYYY-MM-DD                | 1980-01-02                | 1980-01-02
            dd/MM/yy                  | 02/01/80                  | 1980-01-02
            dd/MM/yy                  | 02/01/05                  | 2005-01-02
            dd/MM/yyyy;yyyy-MM;yyyy   | 1975                      | 1975
            dd/MM/yyyy;yyyy-MM;yyyy   | 1975-04                   | 1975-04
            dd/MM/yyyy;yyyy-MM;yyyy   | 30/04/1975                | 1975-04-30
            dd/MM/yyyy;yyyy-MM;yyyy   | 1975-04-30                | 1975-04-30
            dd/MM/yyyy                | 1975-04-30                | 1975-04-30
            dd/MM/yyyy                | 30.04.1975                | none
            -                         | 1980-01-02                | 1980-01-02
            -                         | 1980-01-02T10:15:30       | 1980-01-02
            -                         | 1980-01-02T23:15:30-05:00 | 1980-01-02
            -                         | 1980-01-02 10:15:30.123   | 1980-01-02
            -                         | 19800102                  | 1980-01-02
            -                         | 1980-01                   | 1980-01
            -                         | 1980                      | 1980
            -                         | 02/01/1980                | none
            -                         | 1980-13                   | none
            -                         | 12345678                  | none
            iso;dd.MM.yyyy            | 02.01.1980                | 1980-01-02
            iso                       | 1980-02-30                | none
            epochSeconds              | 315964800                 | 1980-01-06
            """)
    void readsPartialDates(String formats, String text, String expected) {
        DateFormats dates = DateFormats.of(formats.equals("-") ? List.of() : Arrays.asList(formats.split(";")), Mappings.CLOCK);

        PartialDate read = dates.partialDate(text);

        assertThat(read == null ? "none" : read.toIso()).isEqualTo(expected);
    }

    @Test
    void formatsWithSpacesAreOneEntry() {
        DateFormats dates = DateFormats.of(List.of("dd MMM yyyy", "yyyy"), Mappings.CLOCK);

        assertThat(dates.partialDate("02 Jan 1980")).isEqualTo(new PartialDate(1980, 1, 2));
    }

    @Test
    void instantsFromDatesTimesAndEpochs() {
        DateFormats iso = DateFormats.of(List.of());
        DateFormats epochMillis = DateFormats.of(List.of("epochMillis"));
        DateFormats local = DateFormats.of(List.of("dd/MM/yyyy HH:mm"));

        assertThat(iso.instant("2024-03-01T10:15:30Z")).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
        assertThat(iso.instant("2024-03-01T10:15:30.5+02:00")).isEqualTo(Instant.parse("2024-03-01T08:15:30.500Z"));
        assertThat(iso.instant("2024-03-01 10:15:30")).as("no offset: UTC").isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
        assertThat(iso.instant("2024-03-01")).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(epochMillis.instant("1709288130000")).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
        assertThat(local.instant("01/03/2024 10:15")).isEqualTo(Instant.parse("2024-03-01T10:15:00Z"));
        assertThat(iso.instant("yesterday")).isNull();
    }

    @Test
    void aPartialDateStandsForItsFirstOrLastDay() {
        DateFormats iso = DateFormats.of(List.of());

        assertThat(iso.day("2019-02", false)).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(iso.day("2019-02", true)).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(iso.day("2020", true)).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(iso.day("2020-06-07", true)).isEqualTo(LocalDate.of(2020, 6, 7));
    }

    @Test
    void badPatternsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> DateFormats.check("dd/MM")).hasMessage("date format 'dd/MM' has no year (yyyy)");
        assertThatThrownBy(() -> DateFormats.check("yyyy-bb-dd")).hasMessageStartingWith("date format 'yyyy-bb-dd' is not a valid pattern: ");
        assertThatThrownBy(() -> DateFormats.check(" ")).hasMessage("a date format cannot be empty");
    }
}
