package org.citizenhub.core.record;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a mapped record is fit to ingest. A record that fails goes to the dead letters
 * with these reasons; one that passes may still lack fields, which matching treats as missing.
 */
public final class RecordValidator {

    private static final int EARLIEST_BIRTH_YEAR = 1870;

    private final Clock clock;

    public RecordValidator(Clock clock) {
        this.clock = clock;
    }

    public RecordValidator() {
        this(Clock.systemUTC());
    }

    /** The reasons the record cannot be ingested; empty when it can. Reasons never quote personal data. */
    public List<String> problems(SourceRecord record) {
        List<String> problems = new ArrayList<>();
        if (record.key().recordId().isBlank()) {
            problems.add("record id is blank");
        }
        if (record.name().isEmpty() && blank(record.nationalId())) {
            problems.add("record has neither a name nor a national id");
        }
        PartialDate dob = record.dateOfBirth();
        if (dob != null) {
            if (dob.earliestDay().isAfter(LocalDate.now(clock))) {
                problems.add("date of birth is in the future");
            } else if (dob.year() < EARLIEST_BIRTH_YEAR) {
                problems.add("date of birth is before " + EARLIEST_BIRTH_YEAR);
            }
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
