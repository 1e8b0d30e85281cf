package org.citizenhub.bench.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.RecordValidator;
import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

class PopulationGeneratorTest {

    @Test
    void sameSeedGivesTheSameRecordsAndTruth() {
        SyntheticPopulation first = TestPopulations.small(11);
        SyntheticPopulation second = TestPopulations.small(11);

        assertThat(second.records()).isEqualTo(first.records());
        assertThat(second.personOfRecord()).isEqualTo(first.personOfRecord());
        assertThat(second.people()).isEqualTo(first.people());
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        SyntheticPopulation first = TestPopulations.small(11);
        SyntheticPopulation other = TestPopulations.small(12);

        assertThat(other.people().get(0)).isNotEqualTo(first.people().get(0));
        assertThat(other.records()).isNotEqualTo(first.records());
    }

    @Test
    void truthNamesOnePersonForEveryRecordAndKeysAreUnique() {
        SyntheticPopulation population = TestPopulations.medium();
        Map<RecordKey, String> truth = population.truth();

        assertThat(truth).hasSize(population.records().size());
        assertThat(population.personOfRecord()).hasSize(population.records().size());
        for (int i = 0; i < population.records().size(); i++) {
            assertThat(population.personOfRecord()[i]).isBetween(0, population.people().size() - 1);
            assertThat(truth.get(population.records().get(i).key())).isEqualTo(population.personOf(i).personId());
        }
        assertThat(population.people()).extracting(Person::id)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, population.people().size()).boxed().toList());
    }

    @Test
    void everyRecordPassesTheHubsValidation() {
        RecordValidator validator = new RecordValidator();
        for (SourceRecord record : TestPopulations.medium().records()) {
            assertThat(validator.problems(record)).as(record.key().toString()).isEmpty();
        }
    }

    @Test
    void sizeFollowsTheRequestAndEverySourceHasRecords() {
        SyntheticPopulation population = TestPopulations.medium();
        Map<String, Integer> perSource = new HashMap<>();
        population.records().forEach(r -> perSource.merge(r.key().sourceId(), 1, Integer::sum));

        assertThat(population.people()).hasSize(TestPopulations.MEDIUM_PEOPLE);
        assertThat(perSource.keySet()).containsExactlyInAnyOrder("tax", "health", "benefits", "housing", "education");
        double perPerson = (double) population.records().size() / population.people().size();
        assertThat(perPerson).isCloseTo(PopulationGenerator.RECORDS_PER_PERSON, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void nationalIdsAreValidAndUnique() {
        Set<String> ids = new HashSet<>();
        for (Person person : TestPopulations.medium().people()) {
            assertThat(NationalIdScheme.isValid(person.nationalId())).isTrue();
            assertThat(ids.add(person.nationalId())).isTrue();
        }
    }

    @Test
    void commonSurnamesAreAsCommonAsNationally() {
        List<Person> people = TestPopulations.medium().people();
        long smiths = people.stream().filter(p -> p.birthFamily().equals("Smith")).count();
        Map<String, Long> counts = new HashMap<>();
        people.forEach(p -> counts.merge(p.birthFamily(), 1L, Long::sum));
        long rare = counts.values().stream().filter(n -> n <= 3).count();

        assertThat((double) smiths / people.size()).isBetween(0.008, 0.016); // ~1.15% nationally
        assertThat(rare).as("surnames held by three people or fewer").isGreaterThan(counts.size() / 3);
    }

    @Test
    void agesFollowAPopulationPyramid() {
        List<Person> people = TestPopulations.medium().people();
        long children = people.stream().filter(p -> p.ageOn(AgeStructure.REFERENCE_DAY) < 18).count();
        long over80 = people.stream().filter(p -> p.ageOn(AgeStructure.REFERENCE_DAY) >= 80).count();

        assertThat((double) children / people.size()).isBetween(0.15, 0.27);
        assertThat((double) over80 / people.size()).isBetween(0.02, 0.09);
    }
}
