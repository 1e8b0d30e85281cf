package org.citizenhub.core.match.score;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.citizenhub.core.match.prepare.Lexicon;
import org.citizenhub.core.match.prepare.Lexicons;
import org.citizenhub.core.match.prepare.PeopleCounts;
import org.citizenhub.core.match.prepare.PreparedRecord;

/**
 * Value counts at run time, as int arrays indexed by lexicon id (names, postcodes) or by a day index
 * (dates of birth), so that a term-frequency lookup is one array read. Counts are of distinct people. Built by counting a population,
 * or from a model's {@link TermFrequencies}. A value not counted counts as seen once.
 */
public final class FrequencyTables {

    private static final int FIRST_YEAR = 1800;
    private static final int DAYS = 372 * 300;

    private final long population;
    private final int[] given;
    private final int[] family;
    private final int[] postcode;
    private final int[] birthDate;

    private FrequencyTables(long population, int[] given, int[] family, int[] postcode, int[] birthDate) {
        this.population = population;
        this.given = given;
        this.family = family;
        this.postcode = postcode;
        this.birthDate = birthDate;
    }

    public static FrequencyTables none() {
        return new FrequencyTables(0, new int[0], new int[0], new int[0], new int[0]);
    }

    /**
     * Counts a population: for each value, the number of distinct people holding it ({@link PeopleCounts}),
     * so that one person's duplicate registrations do not make a rare name look common.
     */
    public static FrequencyTables count(List<PreparedRecord> records, Lexicons lexicons) {
        int[] given = people(records, r -> id(r.given()), lexicons.names().size());
        int[] family = people(records, r -> id(r.family()), lexicons.names().size());
        int[] postcode = people(records, FrequencyTables::postcodes, lexicons.places().size());
        int[] birthDate = people(records, r -> {
            int day = dayIndex(r.dob());
            return day < 0 ? NO_VALUES : new long[] {day + 1L};
        }, DAYS);
        return new FrequencyTables(PeopleCounts.people(records), given, family, postcode, birthDate);
    }

    private static final long[] NO_VALUES = new long[0];

    private static long[] id(int lexiconId) {
        return lexiconId == Lexicon.NONE ? NO_VALUES : new long[] {lexiconId + 1L};
    }

    private static long[] postcodes(PreparedRecord record) {
        if (record.addressCount() == 0) {
            return NO_VALUES;
        }
        long[] codes = new long[record.addressCount()];
        int n = 0;
        for (int i = 0; i < record.addressCount(); i++) {
            int code = record.address(i, PreparedRecord.POSTCODE);
            boolean seen = false;
            for (int k = 0; k < n; k++) {
                seen |= codes[k] == code + 1L;
            }
            if (code != Lexicon.NONE && !seen) {
                codes[n++] = code + 1L;
            }
        }
        return java.util.Arrays.copyOf(codes, n);
    }

    /** People per value, indexed by value - 1. */
    private static int[] people(List<PreparedRecord> records, Function<PreparedRecord, long[]> values, int size) {
        int[] counts = new int[size];
        PeopleCounts.scan(records, values, true, (value, people, count) -> counts[(int) value - 1] = people);
        return counts;
    }

    public static FrequencyTables from(TermFrequencies frequencies, Lexicons lexicons) {
        if (frequencies.population() == 0) {
            return none();
        }
        int[] given = byId(frequencies.givenNames(), lexicons.names());
        int[] family = byId(frequencies.familyNames(), lexicons.names());
        int[] postcode = byId(frequencies.postcodes(), lexicons.places());
        int[] birthDate = new int[DAYS];
        frequencies.birthDates().forEach((date, count) -> {
            int day = dayIndex(Integer.parseInt(date));
            if (day >= 0) {
                birthDate[day] = count;
            }
        });
        return new FrequencyTables(frequencies.population(), given, family, postcode, birthDate);
    }

    /** The counts of values seen at least twice, keyed by text, for the model file. */
    public TermFrequencies toModel(Lexicons lexicons) {
        Map<String, Integer> dates = new HashMap<>();
        for (int day = 0; day < birthDate.length; day++) {
            if (birthDate[day] > 1) {
                dates.put(Integer.toString(dateOf(day)), birthDate[day]);
            }
        }
        return new TermFrequencies(population, byText(given, lexicons.names()), byText(family, lexicons.names()),
                byText(postcode, lexicons.places()), dates);
    }

    public long population() {
        return population;
    }

    public boolean isEmpty() {
        return population == 0;
    }

    public int givenCount(int id) {
        return at(given, id);
    }

    public int familyCount(int id) {
        return at(family, id);
    }

    public int postcodeCount(int id) {
        return at(postcode, id);
    }

    public int birthDateCount(int dob) {
        int day = dayIndex(dob);
        return day < 0 ? 1 : Math.max(1, birthDate[day]);
    }

    private static int at(int[] counts, int id) {
        return id >= 0 && id < counts.length ? Math.max(1, counts[id]) : 1;
    }

    /** A dense index of a full yyyymmdd date (31 days to every month: no calendar needed), -1 otherwise. */
    static int dayIndex(int dob) {
        int year = dob / 10000;
        int month = dob / 100 % 100;
        int day = dob % 100;
        if (day == 0 || month == 0 || year < FIRST_YEAR || year >= FIRST_YEAR + 300) {
            return -1;
        }
        return (year - FIRST_YEAR) * 372 + (month - 1) * 31 + (day - 1);
    }

    private static int dateOf(int index) {
        int year = FIRST_YEAR + index / 372;
        int month = index % 372 / 31 + 1;
        int day = index % 31 + 1;
        return year * 10000 + month * 100 + day;
    }

    private static int[] byId(Map<String, Integer> counts, Lexicon lexicon) {
        counts.keySet().forEach(lexicon::intern);
        int[] out = new int[lexicon.size()];
        counts.forEach((text, count) -> out[lexicon.find(text)] = count);
        return out;
    }

    private static Map<String, Integer> byText(int[] counts, Lexicon lexicon) {
        Map<String, Integer> out = new HashMap<>();
        for (int id = 0; id < counts.length; id++) {
            if (counts[id] > 1) {
                out.put(lexicon.text(id), counts[id]);
            }
        }
        return out;
    }
}
