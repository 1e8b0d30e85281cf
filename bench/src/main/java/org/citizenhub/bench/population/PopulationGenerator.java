package org.citizenhub.bench.population;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.citizenhub.core.record.SourceRecord;

/**
 * Makes a synthetic nation with ground truth: people in households, then each agency's records of them
 * with that agency's coverage, defects and duplicate registrations. Same config, same output: every
 * random choice comes from generators split off the seed in a fixed order.
 */
public final class PopulationGenerator {

    /** Records per person over the five agencies, measured on generated populations; used to size a run. */
    public static final double RECORDS_PER_PERSON = 2.37;

    private PopulationGenerator() {
    }

    public static List<AgencySource> sources() {
        return List.of(new TaxSource(), new HealthSource(), new BenefitsSource(), new HousingSource(),
                new EducationSource());
    }

    /** The number of people that gives about {@code records} agency records. */
    public static int peopleFor(int records) {
        return Math.max(1, (int) Math.round(records / RECORDS_PER_PERSON));
    }

    public static SyntheticPopulation generate(PopulationConfig config) {
        return generate(config, RowSink.NONE);
    }

    public static SyntheticPopulation generate(PopulationConfig config, RowSink sink) {
        SplittableRandom master = new SplittableRandom(config.seed());
        NameTables names = new NameTables(master.split());
        Geography geography = new Geography(master.split());
        List<Person> people = new PopulationBuilder(config, names, geography, master.split()).build();
        PopulationIndex index = new PopulationIndex(names, people);
        DefectLog log = new DefectLog();
        DraftMaker maker = new DraftMaker(index, log, geography);
        List<AgencySource> sources = sources();
        List<SourceRecord> records = new ArrayList<>();
        int[] personOf = new int[Math.max(16, (int) (people.size() * RECORDS_PER_PERSON * 1.2))];
        for (AgencySource source : sources) {
            SplittableRandom rng = master.split();
            List<RecordDraft> drafts = new ArrayList<>();
            for (Person person : people) {
                if (rng.nextDouble() >= source.coverage(person)) {
                    continue;
                }
                drafts.add(maker.make(source, person, rng));
                boolean duplicate = rng.nextDouble() < source.rate(Defect.DUPLICATE_REGISTRATION, person);
                log.record(source.id(), Defect.DUPLICATE_REGISTRATION, duplicate);
                if (duplicate) {
                    RecordDraft second = maker.make(source, person, rng);
                    second.defects.add(Defect.DUPLICATE_REGISTRATION);
                    drafts.add(second);
                }
            }
            shuffle(drafts, rng);
            for (int i = 0; i < drafts.size(); i++) {
                RecordDraft draft = drafts.get(i);
                String recordId = source.recordId(i + 1);
                NativeRow row = source.render(draft, recordId);
                if (personOf.length == records.size()) {
                    personOf = java.util.Arrays.copyOf(personOf, personOf.length * 2);
                }
                personOf[records.size()] = draft.person.id();
                records.add(source.map(row));
                try {
                    sink.accept(source, recordId, row, draft.person.personId());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the " + source.id() + " export", e);
                }
            }
        }
        return new SyntheticPopulation(config, people, sources, records,
                java.util.Arrays.copyOf(personOf, records.size()), log);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }
}
