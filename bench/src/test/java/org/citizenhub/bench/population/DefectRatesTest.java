package org.citizenhub.bench.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

/**
 * Each defect occurs, at the rate its source configures, and the records really carry it: several kinds
 * are counted again from the records against the truth, not from the generator's own tally.
 */
class DefectRatesTest {

    private static final Set<Defect> AGE_DEPENDENT_IN_EDUCATION = EnumSet.of(Defect.MAIDEN_NAME_USED, Defect.ADDRESS_STALE);

    private final SyntheticPopulation population = TestPopulations.medium();

    @Test
    void everyDefectKindOccurs() {
        for (Defect defect : Defect.values()) {
            assertThat(population.defects().total(defect).applied()).as(defect.name()).isPositive();
        }
    }

    @Test
    void eachDefectOccursAtItsConfiguredRate() {
        int checked = 0;
        for (AgencySource source : population.sources()) {
            for (Defect defect : Defect.values()) {
                if (source.id().equals(EducationSource.ID) && AGE_DEPENDENT_IN_EDUCATION.contains(defect)) {
                    continue;
                }
                DefectLog.Tally tally = population.defects().tally(source.id(), defect);
                double rate = source.policy().rate(defect);
                if (rate == 0) {
                    assertThat(tally.applied()).as(source.id() + " " + defect + " has rate 0").isZero();
                    continue;
                }
                if (tally.opportunities() < 200) {
                    continue; // too few chances to measure a rate
                }
                double sigma = Math.sqrt(rate * (1 - rate) / tally.opportunities());
                assertThat(tally.rate()).as(source.id() + " " + defect + " over " + tally.opportunities())
                        .isBetween(rate - 5 * sigma - 1e-9, rate + 5 * sigma + 1e-9);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void swappedDayAndMonthAreInTheRecords() {
        long swapped = countRecords(HealthSource.ID, (record, person) -> {
            PartialDate dob = record.dateOfBirth();
            return dob != null && dob.isComplete() && person.dateOfBirth().getDayOfMonth() <= 12
                    && dob.month() == person.dateOfBirth().getDayOfMonth() && dob.day() == person.dateOfBirth().getMonthValue()
                    && dob.year() == person.dateOfBirth().getYear() && dob.day() != dob.month().intValue();
        });
        assertThat(swapped).isEqualTo(population.defects().tally(HealthSource.ID, Defect.DOB_DAY_MONTH_SWAPPED).applied());
    }

    @Test
    void nicknamesAreInTheRecords() {
        NameTables names = new NameTables(new java.util.SplittableRandom(1));
        long nicknamed = countRecords(BenefitsSource.ID, (record, person) ->
                names.nicknames(person.given()).contains(record.name().given()));
        long applied = population.defects().tally(BenefitsSource.ID, Defect.GIVEN_NICKNAME).applied();
        // a later typo, initial or name swap can hide a nickname again, so a few are not found
        assertThat(nicknamed).isBetween((long) (applied * 0.85), applied);
    }

    @Test
    void oldEducationRecordsKeepTheMaidenName() {
        long married = 0;
        long maiden = 0;
        for (int i = 0; i < population.records().size(); i++) {
            SourceRecord record = population.records().get(i);
            Person person = population.personOf(i);
            if (record.key().sourceId().equals(EducationSource.ID) && person.tookSpouseName()
                    && person.ageOn(AgeStructure.REFERENCE_DAY) >= 22 && !person.birthFamily().contains(" ")) {
                married++;
                maiden += person.birthFamily().equalsIgnoreCase(record.name().family()) ? 1 : 0;
            }
        }
        assertThat(married).isGreaterThan(100);
        assertThat((double) maiden / married).isBetween(0.8, 0.97);
    }

    @Test
    void placeholderIdsAndMangledDiacriticsAreInTheRecords() {
        long placeholders = countRecords(TaxSource.ID, (record, person) -> record.nationalId() != null
                && List.of("0000000000", "9999999999", "1234567890", "000000000")
                        .contains(record.nationalId().replace(" ", "")));
        long mojibake = population.records().stream().filter(r -> r.key().sourceId().equals(HousingSource.ID))
                .filter(r -> (r.name().given() + r.name().family()).contains("Ã")).count();

        assertThat(placeholders).isEqualTo(population.defects().tally(TaxSource.ID, Defect.NID_PLACEHOLDER).applied());
        assertThat(mojibake).isPositive();
        assertThat(mojibake).isLessThanOrEqualTo(population.defects().tally(HousingSource.ID, Defect.DIACRITICS_MOJIBAKE).applied());
    }

    @Test
    void duplicateRegistrationsAreSecondRecordsOfOnePersonInOneSource() {
        for (AgencySource source : population.sources()) {
            Map<Integer, Integer> recordsPerPerson = new HashMap<>();
            for (int i = 0; i < population.records().size(); i++) {
                if (population.records().get(i).key().sourceId().equals(source.id())) {
                    recordsPerPerson.merge(population.personOfRecord()[i], 1, Integer::sum);
                }
            }
            long duplicates = recordsPerPerson.values().stream().filter(n -> n == 2).count();
            assertThat(recordsPerPerson.values()).allMatch(n -> n <= 2);
            assertThat(duplicates).as(source.id())
                    .isEqualTo(population.defects().tally(source.id(), Defect.DUPLICATE_REGISTRATION).applied());
        }
    }

    private long countRecords(String source, java.util.function.BiPredicate<SourceRecord, Person> test) {
        long count = 0;
        for (int i = 0; i < population.records().size(); i++) {
            SourceRecord record = population.records().get(i);
            if (record.key().sourceId().equals(source) && test.test(record, population.personOf(i))) {
                count++;
            }
        }
        return count;
    }
}
