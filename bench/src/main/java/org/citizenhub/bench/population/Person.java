package org.citizenhub.bench.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.citizenhub.core.record.Sex;

/**
 * One real person of the synthetic nation: the truth that agency records are noisy copies of.
 * {@code birthFamily} differs from {@code family} for someone who took a spouse's name. {@code suffix}
 * is "Jr" or "Sr" for a father and son of one name. {@code previousHome} is where the person lived
 * before (null if never moved); {@code relatedPersonId} names the other person of a hard-negative pair
 * (the twin, the father, the person whose name and birth date this one shares), or -1.
 */
public record Person(
        int id,
        int householdId,
        HouseholdKind household,
        boolean socialHousing,
        String group,
        String given,
        List<String> middles,
        String family,
        String birthFamily,
        String suffix,
        Sex sex,
        LocalDate dateOfBirth,
        String nationalId,
        Dwelling home,
        Dwelling previousHome,
        String mobile,
        String email,
        Set<HardNegative> tags,
        int relatedPersonId) {

    public Person {
        middles = List.copyOf(middles);
        tags = Set.copyOf(tags);
    }

    /** The id used in truth files: "P" and seven digits. */
    public String personId() {
        return personId(id);
    }

    public static String personId(int id) {
        return String.format("P%07d", id);
    }

    public boolean tookSpouseName() {
        return birthFamily != null && !birthFamily.equals(family);
    }

    public int ageOn(LocalDate day) {
        return java.time.Period.between(dateOfBirth, day).getYears();
    }
}
