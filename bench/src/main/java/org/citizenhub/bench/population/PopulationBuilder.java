package org.citizenhub.bench.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.citizenhub.core.normalise.TextNormaliser;
import org.citizenhub.core.record.Sex;

/**
 * Makes the people of the synthetic nation household by household, so that family members share an
 * address, a surname and sometimes a phone, and the hard negatives (twins, fathers and sons of one name,
 * care homes, unrelated people of one name and birth date) arise the way they do in life.
 */
final class PopulationBuilder {

    private static final HouseholdKind[] KINDS = {HouseholdKind.SINGLE, HouseholdKind.COUPLE, HouseholdKind.FAMILY,
        HouseholdKind.SINGLE_PARENT, HouseholdKind.SHARED};
    private static final double[] KIND_WEIGHTS = {0.29, 0.27, 0.28, 0.09, 0.07};
    private static final String[] EMAIL_DOMAINS = {"example.com", "example.net", "example.org", "mail.example",
        "inbox.example", "post.example"};

    private final PopulationConfig config;
    private final NameTables names;
    private final Geography geography;
    private final SplittableRandom rng;
    private final WeightedSampler<HouseholdKind> kinds;
    private final List<Person> people = new ArrayList<>();
    private final List<Integer> adults = new ArrayList<>();
    private final Set<String> emails = new HashSet<>();
    private int householdId;
    private int careHomeResidents;

    PopulationBuilder(PopulationConfig config, NameTables names, Geography geography, SplittableRandom rng) {
        this.config = config;
        this.names = names;
        this.geography = geography;
        this.rng = rng;
        this.kinds = new WeightedSampler<>(List.of(KINDS), KIND_WEIGHTS);
    }

    List<Person> build() {
        while (people.size() < config.people()) {
            householdId++;
            if (careHomeResidents < config.careHomeShare() * (people.size() + 40)) {
                careHome();
                continue;
            }
            HouseholdKind kind = kinds.sample(rng);
            Household home = new Household(kind);
            switch (kind) {
                case SINGLE -> single(home);
                case COUPLE -> couple(home, AgeStructure.age(rng, 20, 95), false);
                case FAMILY -> family(home);
                case SINGLE_PARENT -> singleParent(home);
                case SHARED -> shared(home);
                default -> throw new IllegalStateException(kind.name());
            }
        }
        return List.copyOf(people);
    }

    /** The address, landline, earlier address and tenure the members of one household share. */
    private final class Household {
        final HouseholdKind kind;
        final Dwelling home;
        final Dwelling previous;
        final boolean social;

        Household(HouseholdKind kind) {
            this.kind = kind;
            this.home = geography.newDwelling(rng, rng.nextDouble() < 0.3);
            this.previous = rng.nextDouble() < config.movedShare() ? geography.newDwelling(rng, false) : null;
            this.social = rng.nextDouble() < config.socialHousingShare();
        }
    }

    private void single(Household home) {
        Sex sex = randomSex();
        NameTables.Surname surname = familyName();
        adult(home, sex, surname, AgeStructure.age(rng, 18, 99), null);
    }

    /** A couple; returns the two partners' ids (the second may be -1 when the population is full). */
    private int[] couple(Household home, int firstAge, boolean parents) {
        boolean sameSex = rng.nextDouble() < 0.03;
        NameTables.Surname his = familyName();
        int partnerAge = Math.max(18, firstAge - 2 + (int) Math.round(rng.nextGaussian() * 3));
        int first = adult(home, Sex.MALE, his, firstAge, parents ? "Sr" : null);
        if (sameSex) {
            return new int[] {first, adult(home, Sex.MALE, familyName(), partnerAge, null)};
        }
        NameTables.Surname hers = familyName();
        boolean takesName = partnerAge >= 22 && !"es".equals(hers.group()) && !"cn".equals(his.group())
                && rng.nextDouble() < 0.7;
        int second = takesName ? marriedWoman(home, his.name(), hers, partnerAge) : adult(home, Sex.FEMALE, hers, partnerAge, null);
        if (second >= 0 && first >= 0 && rng.nextDouble() < 0.1 && people.get(first).email() != null) {
            shareEmail(first, second);
        }
        return new int[] {first, second};
    }

    private void family(Household home) {
        boolean namedAfterFather = rng.nextDouble() < config.namedAfterFatherRate();
        int fatherAge = AgeStructure.age(rng, 24, 60);
        int[] parents = couple(home, fatherAge, namedAfterFather);
        if (parents[0] < 0) {
            return;
        }
        Person father = people.get(parents[0]);
        Person mother = parents[1] >= 0 ? people.get(parents[1]) : father;
        int maxChildAge = Math.max(0, Math.min(Math.min(father.ageOn(AgeStructure.REFERENCE_DAY),
                mother.ageOn(AgeStructure.REFERENCE_DAY)) - 18, 28));
        int children = 1 + pick(new double[] {0.35, 0.40, 0.18, 0.07});
        String childFamily = "es".equals(father.group()) ? firstPart(father.family()) + " " + firstPart(mother.birthFamily())
                : father.family();
        boolean twins = children >= 2 && rng.nextDouble() < config.twinRate();
        List<Integer> kids = childAges(children, maxChildAge);
        boolean sonNamed = false;
        for (int i = 0; i < kids.size(); i++) {
            int age = kids.get(i);
            if (twins && i == 1) {
                twin(home, childFamily, father.group(), people.get(people.size() - 1));
                continue;
            }
            Sex sex = randomSex();
            if (namedAfterFather && !sonNamed && father.sex() == Sex.MALE && parents[1] >= 0) {
                sex = Sex.MALE;
                sonNamed = true;
                child(home, childFamily, father.group(), sex, age, father);
            } else {
                child(home, childFamily, father.group(), sex, age, null);
            }
        }
    }

    private void singleParent(Household home) {
        Sex sex = rng.nextDouble() < 0.85 ? Sex.FEMALE : Sex.MALE;
        NameTables.Surname surname = familyName();
        int parentAge = AgeStructure.age(rng, 20, 55);
        int parent = adult(home, sex, surname, parentAge, null);
        if (parent < 0) {
            return;
        }
        int children = 1 + pick(new double[] {0.5, 0.35, 0.15});
        for (int age : childAges(children, Math.max(0, Math.min(parentAge - 18, 25)))) {
            child(home, people.get(parent).family(), surname.group(), randomSex(), age, null);
        }
    }

    private void shared(Household home) {
        int members = 2 + rng.nextInt(3);
        for (int i = 0; i < members; i++) {
            adult(home, randomSex(), familyName(), AgeStructure.age(rng, 19, 40), null);
        }
    }

    private void careHome() {
        Household home = new Household(HouseholdKind.CARE_HOME);
        Dwelling dwelling = home.home.landline() == null ? home.home.withLandline(geography.newLandline(rng)) : home.home;
        int residents = 30 + rng.nextInt(51);
        for (int i = 0; i < residents && people.size() < config.people(); i++) {
            Sex sex = rng.nextDouble() < 0.7 ? Sex.FEMALE : Sex.MALE;
            NameTables.Surname surname = familyName();
            int age = AgeStructure.age(rng, 72, 100);
            String given = names.given(sex == Sex.MALE, surname.group(), rng);
            String birthFamily = sex == Sex.FEMALE && rng.nextDouble() < 0.7 ? familyName().name() : surname.name();
            add(new Person(people.size(), householdId, HouseholdKind.CARE_HOME, false, surname.group(), given,
                    middles(sex, surname.group()), surname.name(), birthFamily, null, sex,
                    AgeStructure.birthDate(rng, age), null, dwelling, geography.newDwelling(rng, false),
                    rng.nextDouble() < 0.15 ? geography.newMobile(rng) : null, null,
                    EnumSet.of(HardNegative.CARE_HOME_RESIDENT), -1));
            careHomeResidents++;
        }
    }

    private int adult(Household home, Sex sex, NameTables.Surname surname, int age, String suffix) {
        if (people.size() >= config.people()) {
            return -1;
        }
        if (!adults.isEmpty() && rng.nextDouble() < config.nameAndBirthDoubleRate()) {
            Person original = people.get(adults.get(rng.nextInt(adults.size())));
            if (original.householdId() != householdId) {
                return add(newPerson(home, original.group(), original.given(), middles(original.sex(), original.group()),
                        original.family(), original.family(), suffix, original.sex(), original.dateOfBirth(),
                        EnumSet.of(HardNegative.NAME_AND_BIRTH_DOUBLE), original.id()));
            }
        }
        return add(newPerson(home, surname.group(), names.given(sex == Sex.MALE, surname.group(), rng),
                middles(sex, surname.group()), surname.name(), surname.name(), suffix, sex, AgeStructure.birthDate(rng, age),
                EnumSet.noneOf(HardNegative.class), -1));
    }

    private int marriedWoman(Household home, String husbandFamily, NameTables.Surname birth, int age) {
        if (people.size() >= config.people()) {
            return -1;
        }
        return add(newPerson(home, birth.group(), names.given(false, birth.group(), rng), middles(Sex.FEMALE, birth.group()),
                husbandFamily, birth.name(), null, Sex.FEMALE, AgeStructure.birthDate(rng, age),
                EnumSet.noneOf(HardNegative.class), -1));
    }

    private void child(Household home, String family, String group, Sex sex, int age, Person namedAfter) {
        if (people.size() >= config.people()) {
            return;
        }
        if (namedAfter != null) { // the whole name, so also the father's double surname where the family has one
            add(newPerson(home, group, namedAfter.given(), namedAfter.middles(), namedAfter.family(), namedAfter.family(), "Jr", sex,
                    AgeStructure.birthDate(rng, age), EnumSet.of(HardNegative.NAMED_AFTER_FATHER), namedAfter.id()));
            return;
        }
        add(newPerson(home, group, names.given(sex == Sex.MALE, group, rng), middles(sex, group), family, family, null,
                sex, AgeStructure.birthDate(rng, age), EnumSet.noneOf(HardNegative.class), -1));
    }

    private void twin(Household home, String family, String group, Person sibling) {
        if (people.size() >= config.people()) {
            return;
        }
        Sex sex = randomSex();
        String given;
        do {
            given = names.given(sex == Sex.MALE, group, rng);
        } while (given.equals(sibling.given()));
        add(newPerson(home, group, given, middles(sex, group), family, family, null, sex, sibling.dateOfBirth(),
                EnumSet.of(HardNegative.TWIN), sibling.id()));
    }

    private Person newPerson(Household home, String group, String given, List<String> middles, String family,
            String birthFamily, String suffix, Sex sex, LocalDate dob, Set<HardNegative> tags, int related) {
        int id = people.size();
        int age = java.time.Period.between(dob, AgeStructure.REFERENCE_DAY).getYears();
        Dwelling previous = home.previous;
        if (previous == null && !birthFamily.equals(family) && rng.nextDouble() < 0.5) {
            previous = geography.newDwelling(rng, false);
        }
        String mobile = rng.nextDouble() < mobileChance(age) ? geography.newMobile(rng) : null;
        String email = rng.nextDouble() < emailChance(age) ? newEmail(given, family, dob) : null;
        return new Person(id, householdId, home.kind, home.social, group, given, middles, family, birthFamily, suffix,
                sex, dob, null, home.home, previous, mobile, email, tags, related);
    }

    private int add(Person person) {
        Person withId = new Person(person.id(), person.householdId(), person.household(), person.socialHousing(),
                person.group(), person.given(), person.middles(), person.family(), person.birthFamily(), person.suffix(),
                person.sex(), person.dateOfBirth(), NationalIdScheme.issue(person.id()), person.home(),
                person.previousHome(), person.mobile(), person.email(), person.tags(), person.relatedPersonId());
        people.add(withId);
        if (withId.ageOn(AgeStructure.REFERENCE_DAY) >= 18 && withId.household() != HouseholdKind.CARE_HOME) {
            adults.add(withId.id());
        }
        return withId.id();
    }

    private void shareEmail(int from, int to) {
        Person p = people.get(to);
        people.set(to, new Person(p.id(), p.householdId(), p.household(), p.socialHousing(), p.group(), p.given(),
                p.middles(), p.family(), p.birthFamily(), p.suffix(), p.sex(), p.dateOfBirth(), p.nationalId(), p.home(),
                p.previousHome(), p.mobile(), people.get(from).email(), p.tags(), p.relatedPersonId()));
    }

    private List<Integer> childAges(int count, int maxAge) {
        List<Integer> ages = new ArrayList<>();
        int age = rng.nextInt(maxAge + 1);
        for (int i = 0; i < count; i++) {
            ages.add(age);
            age = Math.max(0, age - 1 - rng.nextInt(4));
        }
        return ages;
    }

    private NameTables.Surname familyName() {
        NameTables.Surname first = names.surname(rng);
        if (!"es".equals(first.group()) || rng.nextDouble() >= 0.7) {
            return first;
        }
        for (int i = 0; i < 30; i++) {
            NameTables.Surname second = names.surname(rng);
            if ("es".equals(second.group()) && !second.name().equals(first.name())) {
                return new NameTables.Surname(first.name() + " " + second.name(), "es");
            }
        }
        return first;
    }

    private List<String> middles(Sex sex, String group) {
        double x = rng.nextDouble();
        boolean male = sex == Sex.MALE;
        if (x < 0.50) {
            return List.of(names.given(male, group, rng));
        }
        if (x < 0.60) {
            return List.of(names.given(male, group, rng), names.given(male, group, rng));
        }
        return List.of();
    }

    private String newEmail(String given, String family, LocalDate dob) {
        String g = TextNormaliser.fold(given).replace(" ", "");
        String f = TextNormaliser.fold(family).replace(" ", "");
        String base = switch (rng.nextInt(5)) {
            case 0 -> g + "." + f;
            case 1 -> g + "_" + f;
            case 2 -> g.charAt(0) + f;
            case 3 -> f + g.charAt(0);
            default -> g + f + (dob.getYear() % 100);
        };
        String email;
        do {
            String local = emails.isEmpty() || rng.nextDouble() < 0.5 ? base : base + rng.nextInt(1000);
            email = (local + "@" + EMAIL_DOMAINS[rng.nextInt(EMAIL_DOMAINS.length)]).toLowerCase(Locale.ROOT);
            base = base + rng.nextInt(10);
        } while (!emails.add(email));
        return email;
    }

    private int pick(double[] weights) {
        double x = rng.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private Sex randomSex() {
        return rng.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    }

    private static double mobileChance(int age) {
        return age < 12 ? 0 : age < 16 ? 0.6 : age < 65 ? 0.9 : age < 80 ? 0.7 : 0.4;
    }

    private static double emailChance(int age) {
        return age < 16 ? 0 : age < 65 ? 0.75 : 0.35;
    }

    private static String firstPart(String family) {
        int space = family.indexOf(' ');
        return space > 0 ? family.substring(0, space) : family;
    }
}
