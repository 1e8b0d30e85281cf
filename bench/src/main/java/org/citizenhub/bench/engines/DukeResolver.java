package org.citizenhub.bench.engines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.citizenhub.core.match.BatchResolver;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;

/**
 * The peer: Duke 1.2 deduplicating the same records, configured as its documentation suggests for
 * people. One property per field with a comparator and low/high probabilities (below), Bayesian
 * combination, candidates from an in-memory Lucene index, every pair above the threshold reported to a
 * listener, and the clusters taken as the transitive closure of those pairs (Duke itself only reports
 * pairs).
 *
 * <pre>
 * property     comparator   low   high   why
 * GIVEN        Levenshtein  0.10  0.85   a typo still scores high, a different name low (JaroWinkler
 *                                        scored most different given names above 0.5: weak evidence for)
 * FAMILY       Levenshtein  0.10  0.90
 * DOB          Exact        0.10  0.95   Levenshtein scored any two dates of one century above 0.5
 * YOB          Exact        0.20  0.60   the only date some sources hold
 * SEX          Exact        0.05  0.52   disagreement is strong evidence, agreement weak
 * NATIONAL_ID  Levenshtein  0.05  0.99   a mistyped digit still scores ~0.90
 * POSTCODE     Exact        0.35  0.80
 * STREET       Levenshtein  0.40  0.70
 * PHONE        Exact        0.45  0.75   households share phones: weak against
 * EMAIL        Exact        0.45  0.85
 * </pre>
 */
public final class DukeResolver implements BatchResolver {

    private final DukeSettings settings;

    public DukeResolver() {
        this(DukeSettings.defaults());
    }

    public DukeResolver(DukeSettings settings) {
        this.settings = settings;
    }

    public DukeSettings settings() {
        return settings;
    }

    @Override
    public List<List<RecordKey>> resolve(List<SourceRecord> records) {
        Map<String, Integer> indexOf = new HashMap<>(records.size() * 2);
        DukeRecords converter = new DukeRecords();
        List<Record> dukeRecords = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            indexOf.put(records.get(i).key().toString(), i);
            dukeRecords.add(converter.toDuke(records.get(i)));
        }
        UnionFind sets = new UnionFind(records.size());
        ConfigurationImpl config = configuration();
        LuceneDatabase database = new LuceneDatabase();
        database.setConfiguration(config);
        database.setMaxSearchHits(settings.maxSearchHits());
        database.setFuzzySearch(settings.fuzzySearch());
        config.setDatabase(database);
        Processor processor = new Processor(config, database);
        processor.setThreads(settings.threads());
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public void matches(Record r1, Record r2, double confidence) {
                int a = indexOf.get(r1.getValue(DukeRecords.ID));
                int b = indexOf.get(r2.getValue(DukeRecords.ID));
                synchronized (sets) {
                    sets.union(a, b);
                }
            }
        });
        try {
            processor.deduplicate(dukeRecords);
        } finally {
            processor.close();
        }
        List<List<RecordKey>> clusters = new ArrayList<>();
        for (List<Integer> group : sets.groups()) {
            List<RecordKey> keys = new ArrayList<>(group.size());
            group.forEach(i -> keys.add(records.get(i).key()));
            clusters.add(keys);
        }
        return clusters;
    }

    ConfigurationImpl configuration() {
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl(DukeRecords.ID));
        properties.add(property(DukeRecords.GIVEN, new Levenshtein(), 0.10, 0.85, true));
        properties.add(property(DukeRecords.FAMILY, new Levenshtein(), 0.10, 0.90, true));
        properties.add(property(DukeRecords.DOB, new ExactComparator(), 0.10, 0.95, true));
        properties.add(property(DukeRecords.YOB, new ExactComparator(), 0.20, 0.60, false));
        properties.add(property(DukeRecords.SEX, new ExactComparator(), 0.05, 0.52, false));
        properties.add(property(DukeRecords.NATIONAL_ID, new Levenshtein(), 0.05, 0.99, true));
        properties.add(property(DukeRecords.POSTCODE, new ExactComparator(), 0.35, 0.80, true));
        properties.add(property(DukeRecords.STREET, new Levenshtein(), 0.40, 0.70, false));
        properties.add(property(DukeRecords.PHONE, new ExactComparator(), 0.45, 0.75, true));
        properties.add(property(DukeRecords.EMAIL, new ExactComparator(), 0.45, 0.85, true));
        ConfigurationImpl config = new ConfigurationImpl();
        config.setProperties(properties);
        config.setThreshold(settings.threshold());
        return config;
    }

    private static Property property(String name, no.priv.garshol.duke.Comparator comparator, double low, double high,
            boolean lookup) {
        PropertyImpl property = new PropertyImpl(name, comparator, low, high);
        property.setLookupBehaviour(lookup ? Property.Lookup.TRUE : Property.Lookup.FALSE);
        return property;
    }
}
