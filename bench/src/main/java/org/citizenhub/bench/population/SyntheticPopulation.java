package org.citizenhub.bench.population;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * A generated nation: its people (the truth), every agency record of them as the product would read it,
 * which person each record belongs to, and the tally of defects applied.
 * {@code personOfRecord[i]} is the person id of {@code records.get(i)}.
 */
public record SyntheticPopulation(
        PopulationConfig config,
        List<Person> people,
        List<AgencySource> sources,
        List<SourceRecord> records,
        int[] personOfRecord,
        DefectLog defects) {

    public Person personOf(int recordIndex) {
        return people.get(personOfRecord[recordIndex]);
    }

    /** Record key to person id ("P0000042"), the ground truth for scoring. */
    public Map<RecordKey, String> truth() {
        Map<RecordKey, String> truth = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            truth.put(records.get(i).key(), Person.personId(personOfRecord[i]));
        }
        return truth;
    }
}
