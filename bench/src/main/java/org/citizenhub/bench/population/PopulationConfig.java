package org.citizenhub.bench.population;

/**
 * How the synthetic nation is made: its size, its seed (same seed, same people) and the rates of the
 * hard negatives, each "per opportunity" so a test can check the rate it sees.
 *
 * @param twinRate share of families with two or more children whose first two children are twins
 * @param namedAfterFatherRate share of families with a son and a father where the eldest son has his father's names
 * @param nameAndBirthDoubleRate share of new adults who get the given name, family name and birth date of an
 *        unrelated earlier adult
 * @param careHomeShare share of people living in care homes (30 to 80 residents each)
 * @param socialHousingShare share of households renting from the housing agency
 * @param movedShare share of households that moved recently (agencies may still hold the previous address)
 */
public record PopulationConfig(
        long seed,
        int people,
        double twinRate,
        double namedAfterFatherRate,
        double nameAndBirthDoubleRate,
        double careHomeShare,
        double socialHousingShare,
        double movedShare) {

    public PopulationConfig {
        if (people < 1) {
            throw new IllegalArgumentException("people must be at least 1");
        }
    }

    public static PopulationConfig defaults(long seed, int people) {
        return new PopulationConfig(seed, people, 0.03, 0.08, 0.002, 0.006, 0.17, 0.30);
    }
}
