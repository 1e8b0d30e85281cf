package org.citizenhub.bench.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hard negatives exist, look alike as intended, and come at the configured rates. */
class HardNegativesTest {

    private final SyntheticPopulation population = TestPopulations.medium();
    private final PopulationConfig config = population.config();
    private final List<Person> people = population.people();

    @Test
    void twinsShareSurnameBirthDateAndAddressButNotTheGivenName() {
        List<Person> twins = tagged(HardNegative.TWIN);
        for (Person twin : twins) {
            Person sibling = people.get(twin.relatedPersonId());
            assertThat(twin.family()).isEqualTo(sibling.family());
            assertThat(twin.dateOfBirth()).isEqualTo(sibling.dateOfBirth());
            assertThat(twin.home()).isEqualTo(sibling.home());
            assertThat(twin.given()).isNotEqualTo(sibling.given());
        }
        long familiesWithTwoChildren = householdSizes(HouseholdKind.FAMILY).values().stream().filter(n -> n >= 4).count();
        assertRate(twins.size(), familiesWithTwoChildren, config.twinRate());
    }

    @Test
    void sonsNamedAfterTheirFatherLiveWithHim() {
        List<Person> sons = tagged(HardNegative.NAMED_AFTER_FATHER);
        for (Person son : sons) {
            Person father = people.get(son.relatedPersonId());
            assertThat(son.given()).isEqualTo(father.given());
            assertThat(son.middles()).isEqualTo(father.middles());
            assertThat(son.family()).isEqualTo(father.family());
            assertThat(son.home()).isEqualTo(father.home());
            assertThat(son.suffix()).isEqualTo("Jr");
            assertThat(father.suffix()).isEqualTo("Sr");
            assertThat(son.dateOfBirth()).isNotEqualTo(father.dateOfBirth());
        }
        assertRate(sons.size(), householdSizes(HouseholdKind.FAMILY).size(), config.namedAfterFatherRate());
    }

    @Test
    void unrelatedDoublesShareNameAndBirthDateOnly() {
        List<Person> doubles = tagged(HardNegative.NAME_AND_BIRTH_DOUBLE);
        for (Person d : doubles) {
            Person original = people.get(d.relatedPersonId());
            assertThat(d.given()).isEqualTo(original.given());
            assertThat(d.family()).isEqualTo(original.family());
            assertThat(d.dateOfBirth()).isEqualTo(original.dateOfBirth());
            assertThat(d.householdId()).isNotEqualTo(original.householdId());
            assertThat(d.nationalId()).isNotEqualTo(original.nationalId());
        }
        long adults = people.stream().filter(p -> p.ageOn(AgeStructure.REFERENCE_DAY) >= 18
                && p.household() != HouseholdKind.CARE_HOME).count();
        assertRate(doubles.size(), adults, config.nameAndBirthDoubleRate());
    }

    @Test
    void careHomesHoldThirtyOrMoreResidentsSharingOnePhone() {
        Map<Integer, List<Person>> homes = new HashMap<>();
        tagged(HardNegative.CARE_HOME_RESIDENT).forEach(p -> homes.computeIfAbsent(p.householdId(), h -> new java.util.ArrayList<>()).add(p));

        assertThat(homes).isNotEmpty();
        for (List<Person> residents : homes.values()) {
            if (residents.get(residents.size() - 1).id() == people.size() - 1) {
                continue; // the last home may have been cut short by the population size
            }
            assertThat(residents.size()).isBetween(30, 80);
            Set<String> phones = new HashSet<>();
            residents.forEach(r -> phones.add(r.home().landline()));
            assertThat(phones).hasSize(1).doesNotContainNull();
        }
        double share = (double) tagged(HardNegative.CARE_HOME_RESIDENT).size() / people.size();
        assertThat(share).isBetween(config.careHomeShare() * 0.7, config.careHomeShare() * 1.6);
    }

    @Test
    void veryCommonNamesCollide() {
        Map<String, Integer> fullNames = new HashMap<>();
        people.forEach(p -> fullNames.merge(p.given() + " " + p.family(), 1, Integer::sum));
        assertThat(fullNames.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isGreaterThanOrEqualTo(10);
    }

    private List<Person> tagged(HardNegative tag) {
        return people.stream().filter(p -> p.tags().contains(tag)).toList();
    }

    private Map<Integer, Integer> householdSizes(HouseholdKind kind) {
        Map<Integer, Integer> sizes = new HashMap<>();
        people.stream().filter(p -> p.household() == kind).forEach(p -> sizes.merge(p.householdId(), 1, Integer::sum));
        return sizes;
    }

    private static void assertRate(long hits, long opportunities, double rate) {
        double sigma = Math.sqrt(rate * (1 - rate) / opportunities);
        assertThat(hits).as("hits among " + opportunities).isPositive();
        assertThat((double) hits / opportunities).isBetween(rate - 5 * sigma, rate + 5 * sigma);
    }
}
