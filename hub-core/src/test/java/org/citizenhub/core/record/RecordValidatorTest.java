package org.citizenhub.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {

    private final RecordValidator validator =
            new RecordValidator(Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void aNamedRecordWithAPlausibleBirthDateIsFit() {
        SourceRecord record = SourceRecord.builder("tax", "1").name(PersonName.of("Ada", "Lovelace"))
                .dateOfBirth(PartialDate.parse("1990-12-10")).build();
        assertThat(validator.problems(record)).isEmpty();
    }

    @Test
    void aRecordWithNoNameAndNoNationalIdIsRejected() {
        SourceRecord record = SourceRecord.builder("tax", "1").dateOfBirth(PartialDate.parse("1990")).build();
        assertThat(validator.problems(record)).containsExactly("record has neither a name nor a national id");
    }

    @Test
    void aNationalIdAloneIsEnoughToIngest() {
        assertThat(validator.problems(SourceRecord.builder("tax", "1").nationalId("AB123456C").build())).isEmpty();
    }

    @Test
    void birthDatesInTheFutureOrImplausiblyOldAreRejected() {
        SourceRecord future = SourceRecord.builder("tax", "1").name(PersonName.of("A", "B"))
                .dateOfBirth(PartialDate.parse("2026-07")).build();
        SourceRecord ancient = SourceRecord.builder("tax", "2").name(PersonName.of("A", "B"))
                .dateOfBirth(PartialDate.parse("1801")).build();
        assertThat(validator.problems(future)).containsExactly("date of birth is in the future");
        assertThat(validator.problems(ancient)).containsExactly("date of birth is before 1870");
    }
}
