package org.citizenhub.hub.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/**
 * A small made-up population with ground truth, written as two agencies the hub reads with a connector file:
 * a registry (CSV, everyone, full and clean) and a clinic (NDJSON, most people, each record with at most one
 * defect: a nickname, a typo in the family name, the day and month of birth swapped, no national id, no
 * address, another phone format). Twins share family name, date of birth, address and phone, but not their
 * given names or national ids. National ids are ten digits with a mod-11 check digit. Seeded: same seed,
 * same files.
 */
public final class TestPopulation {

    /** One made-up person. */
    public record Person(int id, String given, String family, LocalDate dob, String sex, String nationalId, String line,
                         String town, String postcode, String phone) {
    }

    private static final String[] MALE = {"William", "Robert", "James", "Thomas", "Michael", "Richard", "Daniel", "Joseph",
            "Edward", "Samuel", "Christopher", "Anthony", "David", "Peter", "George", "Harry", "Oliver", "Jack", "Charles", "Henry"};
    private static final String[] FEMALE = {"Margaret", "Elizabeth", "Katherine", "Jennifer", "Susan", "Patricia", "Rebecca",
            "Sarah", "Emma", "Laura", "Helen", "Claire", "Anna", "Grace", "Lucy", "Sophie", "Olivia", "Emily", "Hannah", "Jessica"};
    private static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("William", "Bill"), Map.entry("Robert", "Bob"),
            Map.entry("James", "Jim"), Map.entry("Thomas", "Tom"), Map.entry("Michael", "Mike"), Map.entry("Richard", "Rick"),
            Map.entry("Daniel", "Danny"), Map.entry("Joseph", "Joe"), Map.entry("Edward", "Ted"), Map.entry("Samuel", "Sam"),
            Map.entry("Margaret", "Maggie"), Map.entry("Elizabeth", "Liz"), Map.entry("Katherine", "Kate"),
            Map.entry("Jennifer", "Jenny"), Map.entry("Susan", "Sue"), Map.entry("Patricia", "Trish"), Map.entry("Rebecca", "Becky"));
    private static final String[] COMMON = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
            "Patel", "Khan", "Lewis", "Phillips", "Mason", "Mitchell", "Morgan", "Moore", "Harris", "King"};
    private static final String[] FRONT = {"Ash", "Brad", "Cald", "Dun", "Elm", "Fair", "Gold", "Hart", "Ken", "Lang", "Mar",
            "North", "Pem", "Rad", "Stan", "Thorn", "Wey", "Whit"};
    private static final String[] BACK = {"bury", "combe", "den", "field", "ford", "ham", "ley", "mere", "stead", "ton", "well",
            "wick", "worth"};
    private static final String[] STREETS = {"Mill Lane", "Church Road", "Station Road", "High Street", "Park Avenue",
            "Victoria Road", "Green Lane", "Manor Way", "Queen Street", "Kings Road"};
    private static final String[] TOWNS = {"Leeds", "York", "Derby", "Hull", "Bath", "Wells"};

    private final List<Person> people;
    private final List<String> registry = new ArrayList<>();
    private final List<String> clinic = new ArrayList<>();
    private final Map<String, Integer> truth = new LinkedHashMap<>();

    private TestPopulation(List<Person> people) {
        this.people = people;
    }

    /** {@code households} households of one person, or twins in about one in twenty. */
    public static TestPopulation generate(int households, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Person> people = new ArrayList<>();
        for (int h = 0; h < households; h++) {
            boolean male = random.nextBoolean();
            String family = random.nextInt(2) == 0 ? COMMON[random.nextInt(COMMON.length)]
                    : FRONT[random.nextInt(FRONT.length)] + BACK[random.nextInt(BACK.length)];
            LocalDate dob = LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String line = (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)];
            String town = TOWNS[random.nextInt(TOWNS.length)];
            String postcode = "LS" + (1 + random.nextInt(29)) + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26));
            String phone = "07700 9" + String.format("%05d", random.nextInt(100_000));
            String given = (male ? MALE : FEMALE)[random.nextInt(MALE.length)];
            people.add(new Person(people.size(), given, family, dob, male ? "M" : "F", nationalId(random), line, town, postcode, phone));
            if (random.nextInt(20) == 0) {
                boolean twinMale = random.nextBoolean();
                String twinGiven;
                do {
                    twinGiven = (twinMale ? MALE : FEMALE)[random.nextInt(MALE.length)];
                } while (twinGiven.equals(given));
                people.add(new Person(people.size(), twinGiven, family, dob, twinMale ? "M" : "F", nationalId(random), line, town,
                        postcode, phone));
            }
        }
        TestPopulation population = new TestPopulation(people);
        population.writeRecords(random);
        return population;
    }

    public List<Person> people() {
        return people;
    }

    /** {@code source/recordId} to the person's id, for every record written. */
    public Map<String, Integer> truth() {
        return truth;
    }

    public int records() {
        return truth.size();
    }

    /** The registry's records as canonical records, as its connector would map them (for tests without files). */
    public List<SourceRecord> registryRecords() {
        List<SourceRecord> records = new ArrayList<>();
        for (Person p : people) {
            records.add(SourceRecord.builder("registry", "R" + p.id())
                    .name(PersonName.of(p.given(), p.family()))
                    .dateOfBirth(PartialDate.parse(p.dob().toString()))
                    .sex("M".equals(p.sex()) ? Sex.MALE : Sex.FEMALE)
                    .nationalId(p.nationalId())
                    .address(Address.current(List.of(p.line()), p.town(), p.postcode()))
                    .phone(p.phone())
                    .rawPayload("{\"id\":\"R" + p.id() + "\"}")
                    .build());
        }
        return records;
    }

    /** Writes registry.csv, clinic.ndjson and connectors.yml into {@code dir}; answers the connector file. */
    public Path write(Path dir, boolean runAtStart) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("registry.csv"), "id,given,family,dob,sex,nid,line,town,postcode,phone\n"
                    + String.join("\n", registry) + "\n");
            Files.writeString(dir.resolve("clinic.ndjson"), String.join("\n", clinic) + "\n");
            return Files.writeString(dir.resolve("connectors.yml"), connectors(runAtStart));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String connectors(boolean runAtStart) {
        return """
                connectors:
                  - id: registry
                    kind: file
                    runAtStart: %1$s
                    file:
                      path: registry.csv
                    mapping:
                      recordId: id
                      name:
                        given: given
                        family: family
                      dateOfBirth: dob
                      sex: sex
                      nationalId: nid
                      addresses:
                        - lines: [line]
                          town: town
                          postcode: postcode
                      phones: phone
                  - id: clinic
                    kind: file
                    runAtStart: %1$s
                    file:
                      path: clinic.ndjson
                    mapping:
                      recordId: $.id
                      name:
                        given: $.given
                        family: $.family
                      dateOfBirth: $.dob
                      sex: $.sex
                      nationalId: $.nid
                      addresses:
                        - lines: [$.line]
                          postcode: $.postcode
                      phones: $.phone
                """.formatted(runAtStart);
    }

    private void writeRecords(SplittableRandom random) {
        for (Person p : people) {
            String id = "R" + p.id();
            registry.add(String.join(",", id, p.given(), p.family(), p.dob().toString(), p.sex(), p.nationalId(), p.line(),
                    p.town(), p.postcode(), p.phone()));
            truth.put("registry/" + id, p.id());
            if (random.nextInt(100) < 15) {
                continue; // not a patient
            }
            String given = p.given();
            String family = p.family();
            LocalDate dob = p.dob();
            String nid = p.nationalId();
            String line = p.line();
            String postcode = p.postcode();
            String phone = "+44 " + p.phone().substring(1).replace(" ", "");
            switch (random.nextInt(10)) {
                case 0 -> given = NICKNAMES.getOrDefault(given, given);
                case 1 -> family = typo(family, random);
                case 2 -> dob = dob.getDayOfMonth() <= 12 ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : dob;
                case 3, 4, 5 -> nid = null;
                case 6 -> {
                    line = null;
                    postcode = null;
                }
                default -> {
                    // a clean record
                }
            }
            String cid = "C" + p.id();
            clinic.add("{\"id\":\"%s\",\"given\":\"%s\",\"family\":\"%s\",\"dob\":\"%s\",\"sex\":\"%s\"%s%s%s,\"phone\":\"%s\"}"
                    .formatted(cid, given, family, dob, p.sex(), nid == null ? "" : ",\"nid\":\"" + nid + "\"",
                            line == null ? "" : ",\"line\":\"" + line + "\"",
                            postcode == null ? "" : ",\"postcode\":\"" + postcode + "\"", phone));
            truth.put("clinic/" + cid, p.id());
        }
    }

    /** Two neighbouring letters swapped, away from the first letter. */
    private static String typo(String name, SplittableRandom random) {
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        char[] chars = name.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }

    /** Ten digits, the last a mod-11 check digit over the first nine with weights 10..2. */
    static String nationalId(SplittableRandom random) {
        while (true) {
            int[] digits = new int[10];
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                digits[i] = random.nextInt(10);
                sum += digits[i] * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10) {
                continue;
            }
            digits[9] = check == 11 ? 0 : check;
            StringBuilder id = new StringBuilder();
            for (int d : digits) {
                id.append(d);
            }
            return id.toString();
        }
    }
}
