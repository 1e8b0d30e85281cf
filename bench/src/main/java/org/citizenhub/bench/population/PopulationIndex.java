package org.citizenhub.bench.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The people with their households, for the choices a record needs: whose phone, whose id by mistake. */
final class PopulationIndex {

    private final NameTables names;
    private final List<Person> people;
    private final Map<Integer, List<Person>> households = new HashMap<>();

    PopulationIndex(NameTables names, List<Person> people) {
        this.names = names;
        this.people = people;
        for (Person p : people) {
            households.computeIfAbsent(p.householdId(), h -> new ArrayList<>()).add(p);
        }
    }

    NameTables names() {
        return names;
    }

    List<Person> householdOf(Person person) {
        return households.get(person.householdId());
    }

    /**
     * The phone an agency is given for the person: usually their mobile, else the household's fixed line,
     * a care home's switchboard for its residents, and for a child without a phone a parent's mobile.
     */
    String phoneFor(Person person, SplittableRandom rng) {
        String landline = person.home().landline();
        if (person.household() == HouseholdKind.CARE_HOME) {
            return person.mobile() != null && rng.nextDouble() < 0.3 ? person.mobile() : landline;
        }
        if (person.mobile() != null && (landline == null || rng.nextDouble() < 0.85)) {
            return person.mobile();
        }
        if (landline != null) {
            return landline;
        }
        if (person.ageOn(AgeStructure.REFERENCE_DAY) < 16) {
            for (Person member : householdOf(person)) {
                if (member.ageOn(AgeStructure.REFERENCE_DAY) >= 18 && member.mobile() != null) {
                    return member.mobile();
                }
            }
        }
        return null;
    }

    /** Another person whose id a clerk might key by mistake: a household member, else anyone. */
    Person someoneElse(Person person, SplittableRandom rng) {
        List<Person> home = householdOf(person);
        if (home.size() > 1) {
            Person other;
            do {
                other = home.get(rng.nextInt(home.size()));
            } while (other.id() == person.id());
            return other;
        }
        Person other;
        do {
            other = people.get(rng.nextInt(people.size()));
        } while (other.id() == person.id() && people.size() > 1);
        return other;
    }
}
