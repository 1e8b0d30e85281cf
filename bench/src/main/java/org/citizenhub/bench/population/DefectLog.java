package org.citizenhub.bench.population;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts, per source and defect, how often a defect could have been applied and how often it was. */
public final class DefectLog {

    /** Opportunities and applications of one defect in one source. */
    public static final class Tally {
        private long opportunities;
        private long applied;

        public long opportunities() {
            return opportunities;
        }

        public long applied() {
            return applied;
        }

        public double rate() {
            return opportunities == 0 ? 0 : (double) applied / opportunities;
        }
    }

    private final Map<String, EnumMap<Defect, Tally>> bySource = new LinkedHashMap<>();

    void record(String source, Defect defect, boolean applied) {
        Tally tally = bySource.computeIfAbsent(source, s -> new EnumMap<>(Defect.class))
                .computeIfAbsent(defect, d -> new Tally());
        tally.opportunities++;
        if (applied) {
            tally.applied++;
        }
    }

    /** The tally of one defect in one source; zero counts when it never had a chance. */
    public Tally tally(String source, Defect defect) {
        Map<Defect, Tally> tallies = bySource.get(source);
        Tally tally = tallies == null ? null : tallies.get(defect);
        return tally == null ? new Tally() : tally;
    }

    /** The tally of one defect over every source. */
    public Tally total(Defect defect) {
        Tally sum = new Tally();
        for (Map<Defect, Tally> tallies : bySource.values()) {
            Tally t = tallies.get(defect);
            if (t != null) {
                sum.opportunities += t.opportunities;
                sum.applied += t.applied;
            }
        }
        return sum;
    }

    public Iterable<String> sources() {
        return bySource.keySet();
    }
}
