package org.citizenhub.core.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/**
 * A small synthetic population with ground truth for engine tests: people with skewed name frequencies
 * (many Smiths), one to four records each from three sources, with typos, nicknames, missing and
 * swapped dates, moved addresses and missing contact details. Deterministic for a seed.
 */
public final class SmallPopulation {

    private static final String[] GIVEN = {"John", "Mary", "James", "Sarah", "David", "Emma", "Michael", "Laura",
        "Peter", "Anna", "Thomas", "Grace", "Daniel", "Chloe", "Samuel", "Ruth", "Joseph", "Hannah", "Patrick",
        "Siobhan", "Chinedu", "Marta", "Arjun", "Amira", "Pieter", "Zoe", "Liam", "Freya", "Oscar", "Ivy"};
    private static final String[] NICK = {"Jack", "Molly", "Jim", "Sally", "Dave", "Em", "Mike", "Laurie", "Pete",
        "Annie", "Tom", "Gracie", "Dan", "Chloe", "Sam", "Ruthie", "Joe", "Hanna", "Paddy", "Siobhan", "Chinedu", "Marta",
        "Arjun", "Amira", "Pieter", "Zoe", "Liam", "Freya", "Oscar", "Ivy"};
    private static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Okafor", "Kowalczyk",
        "Haddad", "Ferreira", "Raghavan", "Whitlock", "Brennick", "Hargreave", "Oneil", "Mbeki", "Lindqvist",
        "Abernethy", "Quayle", "Treharne", "Fairweather", "Ostrowski", "Nakamura", "Delacroix", "Vasquez",
        "Pemberton", "Yardley", "Castellanos", "Drummond", "Ellingham", "Goldsworthy"};
    private static final String[] STREETS = {"Mill Road", "Quarry Lane", "Harbour Street", "Chapel Walk", "Kiln Close",
        "Station Approach", "Orchard Row", "Rope Walk", "Tannery Yard", "Beacon Hill"};
    private static final String[] TOWNS = {"Brindlemoor", "Dunmere", "Carrow Bay", "Ashford Vale", "Elmstead Cross"};

    /** The records, and for each the index of the person it belongs to. */
    public record Population(List<SourceRecord> records, int[] personOf) {

        /** Pairs of records of one person, counted over the whole population. */
        public long truePairs() {
            long pairs = 0;
            for (int i = 0; i < personOf.length; i++) {
                for (int j = i + 1; j < personOf.length; j++) {
                    pairs += personOf[i] == personOf[j] ? 1 : 0;
                }
            }
            return pairs;
        }
    }

    private SmallPopulation() {
    }

    public static Population generate(int people, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SourceRecord> records = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            int g = skewed(random, GIVEN.length);
            String family = FAMILY[skewed(random, FAMILY.length)];
            LocalDate dob = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(70 * 365));
            Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
            String phone = String.format("07700 9%05d", p);
            String id = String.format("%09d", 100_000_000 + p * 7);
            int house = 1 + random.nextInt(200);
            String street = STREETS[random.nextInt(STREETS.length)];
            int town = random.nextInt(TOWNS.length);
            String postcode = "T" + town + " " + (1 + random.nextInt(9)) + "AB";
            int count = 1 + random.nextInt(4);
            for (int r = 0; r < count; r++) {
                String source = new String[] {"tax", "health", "housing"}[r % 3];
                SourceRecord.Builder b = SourceRecord.builder(source, source + "-" + p + "-" + r);
                String given = random.nextDouble() < 0.1 ? NICK[g] : GIVEN[g];
                if (random.nextDouble() < 0.05) {
                    given = typo(given, random);
                }
                b.name(PersonName.of(given, random.nextDouble() < 0.05 ? typo(family, random) : family));
                double d = random.nextDouble();
                if (d < 0.85) {
                    b.dateOfBirth(PartialDate.of(dob));
                } else if (d < 0.9 && dob.getDayOfMonth() <= 12) {
                    b.dateOfBirth(new PartialDate(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()));
                } else if (d < 0.95) {
                    b.dateOfBirth(PartialDate.ofYear(dob.getYear()));
                }
                b.sex(random.nextDouble() < 0.9 ? sex : Sex.UNKNOWN);
                if (random.nextDouble() < 0.5) {
                    b.nationalId(id);
                }
                if (random.nextDouble() < 0.6) {
                    b.phone(phone);
                }
                boolean moved = random.nextDouble() < 0.2;
                b.address(Address.current(List.of((moved ? house + 1 : house) + " " + street),
                        TOWNS[moved ? (town + 1) % TOWNS.length : town], moved ? null : postcode));
                records.add(b.build());
                owners.add(p);
            }
        }
        return new Population(records, owners.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Low indexes far more often: a few very common names, many rare ones. */
    private static int skewed(SplittableRandom random, int size) {
        double x = random.nextDouble();
        return Math.min(size - 1, (int) (size * x * x * x));
    }

    private static String typo(String name, SplittableRandom random) {
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }
}
