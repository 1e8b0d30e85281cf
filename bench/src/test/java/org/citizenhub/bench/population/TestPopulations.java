package org.citizenhub.bench.population;

/** Populations shared by the test classes of one JVM, generated once: generation is the slow part. */
public final class TestPopulations {

    public static final long SEED = 7;
    public static final int MEDIUM_PEOPLE = 30_000;

    private static SyntheticPopulation medium;

    private TestPopulations() {
    }

    /** ~72,000 records: enough opportunities for every defect and hard negative to show its rate. */
    public static synchronized SyntheticPopulation medium() {
        if (medium == null) {
            medium = PopulationGenerator.generate(PopulationConfig.defaults(SEED, MEDIUM_PEOPLE));
        }
        return medium;
    }

    public static SyntheticPopulation small(long seed) {
        return PopulationGenerator.generate(PopulationConfig.defaults(seed, 1_500));
    }
}
