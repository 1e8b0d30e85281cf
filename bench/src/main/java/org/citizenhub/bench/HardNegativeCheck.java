package org.citizenhub.bench;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citizenhub.bench.population.HardNegative;
import org.citizenhub.bench.population.Person;
import org.citizenhub.bench.population.SyntheticPopulation;
import org.citizenhub.core.record.RecordKey;

/**
 * How many hard-negative pairs an engine wrongly merged: twins, fathers and sons of one name, unrelated
 * people of one name and birth date (a pair is merged when some cluster holds a record of each), and
 * pairs of residents of one care home put in one cluster.
 */
final class HardNegativeCheck {

    /** Pairs of the kind that had records on both sides, and how many of them the engine merged. */
    record Tally(long pairs, long merged) {
    }

    private HardNegativeCheck() {
    }

    static Map<HardNegative, Tally> check(SyntheticPopulation population, List<List<RecordKey>> clusters) {
        Map<RecordKey, Integer> recordIndex = new HashMap<>(population.records().size() * 2);
        for (int i = 0; i < population.records().size(); i++) {
            recordIndex.put(population.records().get(i).key(), i);
        }
        Map<Integer, Set<Integer>> clustersOfPerson = new HashMap<>();
        long careHomeMerged = 0;
        for (int c = 0; c < clusters.size(); c++) {
            Map<Integer, Set<Integer>> residentsByHome = new HashMap<>();
            for (RecordKey key : clusters.get(c)) {
                Integer index = recordIndex.get(key);
                if (index == null) {
                    continue;
                }
                Person person = population.personOf(index);
                clustersOfPerson.computeIfAbsent(person.id(), p -> new HashSet<>()).add(c);
                if (person.tags().contains(HardNegative.CARE_HOME_RESIDENT)) {
                    residentsByHome.computeIfAbsent(person.householdId(), h -> new HashSet<>()).add(person.id());
                }
            }
            for (Set<Integer> residents : residentsByHome.values()) {
                long k = residents.size();
                careHomeMerged += k * (k - 1) / 2;
            }
        }
        Map<HardNegative, Tally> out = new EnumMap<>(HardNegative.class);
        Map<HardNegative, long[]> counts = new EnumMap<>(HardNegative.class);
        Map<Integer, Integer> residentsWithRecords = new HashMap<>();
        for (Person person : population.people()) {
            Set<Integer> mine = clustersOfPerson.get(person.id());
            if (mine == null) {
                continue;
            }
            if (person.tags().contains(HardNegative.CARE_HOME_RESIDENT)) {
                residentsWithRecords.merge(person.householdId(), 1, Integer::sum);
            }
            if (person.relatedPersonId() < 0) {
                continue;
            }
            Set<Integer> theirs = clustersOfPerson.get(person.relatedPersonId());
            if (theirs == null) {
                continue;
            }
            for (HardNegative tag : person.tags()) {
                if (tag == HardNegative.CARE_HOME_RESIDENT) {
                    continue;
                }
                long[] tally = counts.computeIfAbsent(tag, t -> new long[2]);
                tally[0]++;
                if (mine.stream().anyMatch(theirs::contains)) {
                    tally[1]++;
                }
            }
        }
        counts.forEach((tag, tally) -> out.put(tag, new Tally(tally[0], tally[1])));
        long careHomePairs = residentsWithRecords.values().stream().mapToLong(k -> (long) k * (k - 1) / 2).sum();
        out.put(HardNegative.CARE_HOME_RESIDENT, new Tally(careHomePairs, careHomeMerged));
        return out;
    }
}
