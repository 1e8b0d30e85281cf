package org.citizenhub.bench.population;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.Sex;

/**
 * Turns a person into one agency's record of them: picks what the agency holds, then applies the
 * agency's defects one opportunity at a time, logging each chance and each application.
 */
final class DraftMaker {

    private static final String[] NID_PLACEHOLDERS = {"0000000000", "9999999999", "1234567890", "000000000"};
    private static final String[] PHONE_PLACEHOLDERS = {"00000000000", "999999999", "07000000000"};
    private static final PartialDate PLACEHOLDER_DOB = new PartialDate(1900, 1, 1);

    private final PopulationIndex population;
    private final DefectLog log;
    private final Geography geography;

    DraftMaker(PopulationIndex population, DefectLog log, Geography geography) {
        this.population = population;
        this.log = log;
        this.geography = geography;
    }

    RecordDraft make(AgencySource source, Person person, SplittableRandom rng) {
        SourcePolicy policy = source.policy();
        Chance chance = new Chance(source, person, rng);
        RecordDraft d = new RecordDraft(person);
        names(d, policy, chance, rng);
        dateOfBirth(d, chance, rng);
        d.sex = chance.apply(Defect.SEX_UNKNOWN, d) ? Sex.UNKNOWN : person.sex();
        if (policy.hasNationalId()) {
            nationalId(d, chance, rng);
        }
        address(d, source, chance, rng);
        phone(d, policy, chance, rng);
        if (person.email() != null && rng.nextDouble() < policy.emailShare()) {
            d.email = chance.apply(Defect.EMAIL_TYPO, d) ? emailTypo(person.email(), rng) : person.email();
        }
        return d;
    }

    /** One defect's chance for one record: logs the opportunity and whether it was taken. */
    private final class Chance {
        private final AgencySource source;
        private final Person person;
        private final SplittableRandom rng;

        Chance(AgencySource source, Person person, SplittableRandom rng) {
            this.source = source;
            this.person = person;
            this.rng = rng;
        }

        boolean apply(Defect defect, RecordDraft d) {
            boolean applied = rng.nextDouble() < source.rate(defect, person);
            log.record(source.policy().id(), defect, applied);
            if (applied) {
                d.defects.add(defect);
            }
            return applied;
        }
    }

    private void names(RecordDraft d, SourcePolicy policy, Chance chance, SplittableRandom rng) {
        Person p = d.person;
        String family = p.family();
        if (p.tookSpouseName()) {
            if (chance.apply(Defect.MAIDEN_NAME_USED, d)) {
                family = p.birthFamily();
            } else if (chance.apply(Defect.PREVIOUS_NAME_RECORDED, d)) {
                d.previousFamily = p.birthFamily();
            }
        }
        if ("es".equals(p.group()) && family.indexOf(' ') > 0) {
            if (chance.apply(Defect.DOUBLE_SURNAME_FIRST_ONLY, d)) {
                family = family.substring(0, family.indexOf(' '));
            } else if (chance.apply(Defect.DOUBLE_SURNAME_HYPHENATED, d)) {
                family = family.replace(' ', '-');
            }
        }
        List<String> familySpellings = population.names().surnameSpellings(family);
        if (!familySpellings.isEmpty() && chance.apply(Defect.FAMILY_ALT_SPELLING, d)) {
            family = familySpellings.get(rng.nextInt(familySpellings.size()));
        }
        String given = p.given();
        List<String> nicks = population.names().nicknames(given);
        if (!nicks.isEmpty() && chance.apply(Defect.GIVEN_NICKNAME, d)) {
            String nick = nicks.get(rng.nextInt(nicks.size()));
            if (policy.nicknameAsPreferred()) {
                d.preferredGiven = nick;
            } else {
                given = nick;
            }
        } else {
            List<String> spellings = population.names().givenSpellings(given);
            if (!spellings.isEmpty() && chance.apply(Defect.GIVEN_ALT_SPELLING, d)) {
                given = spellings.get(rng.nextInt(spellings.size()));
            }
        }
        List<String> middles = p.middles();
        if (!middles.isEmpty() && chance.apply(Defect.MIDDLE_NAMES_DROPPED, d)) {
            middles = List.of();
        }
        if (chance.apply(Defect.GIVEN_INITIAL_ONLY, d)) {
            given = given.substring(0, 1);
        }
        if (given.length() >= 3 && chance.apply(Defect.GIVEN_TYPO, d)) {
            given = TextDefects.typo(given, rng);
        }
        if (family.length() >= 3 && chance.apply(Defect.FAMILY_TYPO, d)) {
            family = TextDefects.typo(family, rng);
        }
        if (p.suffix() != null && chance.apply(Defect.SUFFIX_RECORDED, d)) {
            d.suffix = p.suffix();
        }
        d.given = given;
        d.middles = middles;
        d.family = family;
        diacritics(d, chance);
        if (chance.apply(Defect.NAME_ORDER_SWAPPED, d)) {
            String swap = d.given;
            d.given = d.family;
            d.family = swap;
        }
        if (policy.hasTitle()) {
            d.title = title(p, rng);
        }
    }

    private static void diacritics(RecordDraft d, Chance chance) {
        boolean any = TextDefects.hasDiacritics(d.given) || TextDefects.hasDiacritics(d.family)
                || TextDefects.hasDiacritics(d.previousFamily) || TextDefects.hasDiacritics(d.preferredGiven)
                || d.middles.stream().anyMatch(TextDefects::hasDiacritics);
        if (!any) {
            return;
        }
        java.util.function.UnaryOperator<String> change;
        if (chance.apply(Defect.DIACRITICS_FOLDED, d)) {
            change = TextDefects::fold;
        } else if (chance.apply(Defect.DIACRITICS_QUESTION_MARK, d)) {
            change = TextDefects::questionMarks;
        } else if (chance.apply(Defect.DIACRITICS_MOJIBAKE, d)) {
            change = TextDefects::mojibake;
        } else {
            return;
        }
        d.given = change.apply(d.given);
        d.family = change.apply(d.family);
        d.previousFamily = change.apply(d.previousFamily);
        d.preferredGiven = change.apply(d.preferredGiven);
        d.middles = d.middles.stream().map(change).toList();
    }

    private static void dateOfBirth(RecordDraft d, Chance chance, SplittableRandom rng) {
        PartialDate dob = PartialDate.of(d.person.dateOfBirth());
        if (chance.apply(Defect.DOB_MISSING, d)) {
            return;
        }
        if (chance.apply(Defect.DOB_PLACEHOLDER, d)) {
            d.dateOfBirth = PLACEHOLDER_DOB;
            return;
        }
        if (chance.apply(Defect.DOB_YEAR_ONLY, d)) {
            d.dateOfBirth = PartialDate.ofYear(dob.year());
            return;
        }
        if (chance.apply(Defect.DOB_YEAR_MONTH_ONLY, d)) {
            d.dateOfBirth = PartialDate.ofYearMonth(dob.year(), dob.month());
            return;
        }
        if (dob.day() <= 12 && !dob.day().equals(dob.month()) && chance.apply(Defect.DOB_DAY_MONTH_SWAPPED, d)) {
            d.dateOfBirth = new PartialDate(dob.year(), dob.day(), dob.month());
            return;
        }
        if (chance.apply(Defect.DOB_DIGIT_OFF, d)) {
            for (int attempt = 0; attempt < 20; attempt++) {
                String changed = TextDefects.digitOff(dob.toIso(), rng);
                try {
                    PartialDate candidate = PartialDate.parse(changed);
                    if (!candidate.toLocalDate().isAfter(AgeStructure.REFERENCE_DAY) && candidate.year() >= 1900) {
                        d.dateOfBirth = candidate;
                        return;
                    }
                } catch (java.time.DateTimeException invalid) {
                    // the changed digit made no date (month 13, day 32): try another digit
                }
            }
        }
        d.dateOfBirth = dob;
    }

    private void nationalId(RecordDraft d, Chance chance, SplittableRandom rng) {
        String id = d.person.nationalId();
        if (chance.apply(Defect.NID_MISSING, d)) {
            return;
        }
        if (chance.apply(Defect.NID_PLACEHOLDER, d)) {
            d.nationalId = NID_PLACEHOLDERS[rng.nextInt(NID_PLACEHOLDERS.length)];
        } else if (chance.apply(Defect.NID_OF_ANOTHER_PERSON, d)) {
            d.nationalId = population.someoneElse(d.person, rng).nationalId();
        } else if (chance.apply(Defect.NID_DIGIT_OFF, d)) {
            d.nationalId = TextDefects.digitOff(id, rng);
        } else if (chance.apply(Defect.NID_TRANSPOSED, d)) {
            d.nationalId = transposed(id, rng);
        } else {
            d.nationalId = id;
        }
    }

    private void address(RecordDraft d, AgencySource source, Chance chance, SplittableRandom rng) {
        Person p = d.person;
        Dwelling dwelling = p.home();
        boolean abbreviated = rng.nextDouble() < source.policy().abbreviationShare();
        Dwelling old = p.previousHome();
        if (old == null && source.holdsUnknownOldAddress(p)) {
            old = geography.newDwelling(rng, false);
        }
        if (old != null && chance.apply(Defect.ADDRESS_STALE, d)) {
            dwelling = old;
        } else if (old != null && source.policy().keepsPastAddress() && rng.nextDouble() < 0.3) {
            d.pastAddress = AddressDraft.of(old, abbreviated);
        }
        AddressDraft address = AddressDraft.of(dwelling, abbreviated);
        if (chance.apply(Defect.STREET_TYPO, d)) {
            address = address.withStreet(TextDefects.typo(address.street(), rng));
        }
        if (chance.apply(Defect.POSTCODE_TYPO, d)) {
            address = address.withPostcode(postcodeTypo(address.postcode(), rng));
        }
        d.address = address;
    }

    private void phone(RecordDraft d, SourcePolicy policy, Chance chance, SplittableRandom rng) {
        String phone = population.phoneFor(d.person, rng);
        if (chance.apply(Defect.PHONE_SWITCHBOARD, d)) {
            d.phone = policy.switchboard();
            return;
        }
        if (chance.apply(Defect.PHONE_PLACEHOLDER, d)) {
            d.phone = PHONE_PLACEHOLDERS[rng.nextInt(PHONE_PLACEHOLDERS.length)];
            return;
        }
        if (phone == null || rng.nextDouble() >= policy.phoneShare()) {
            return;
        }
        d.phone = chance.apply(Defect.PHONE_DIGIT_OFF, d) ? TextDefects.digitOff(phone, rng) : phone;
    }

    private static String transposed(String id, SplittableRandom rng) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i + 1 < id.length(); i++) {
            if (id.charAt(i) != id.charAt(i + 1)) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return id;
        }
        int i = positions.get(rng.nextInt(positions.size()));
        return id.substring(0, i) + id.charAt(i + 1) + id.charAt(i) + id.substring(i + 2);
    }

    private static String postcodeTypo(String postcode, SplittableRandom rng) {
        StringBuilder out = new StringBuilder(postcode);
        int i = rng.nextInt(postcode.length());
        char c = postcode.charAt(i);
        if (Character.isDigit(c)) {
            out.setCharAt(i, (char) ('0' + (c - '0' + 1 + rng.nextInt(9)) % 10));
        } else if (Character.isLetter(c)) {
            out.setCharAt(i, (char) ('A' + (c - 'A' + 1 + rng.nextInt(25)) % 26));
        } else {
            out.deleteCharAt(i);
        }
        return out.toString();
    }

    private static String emailTypo(String email, SplittableRandom rng) {
        int at = email.indexOf('@');
        return TextDefects.typo(email.substring(0, at), rng) + email.substring(at);
    }

    private static String title(Person p, SplittableRandom rng) {
        if (p.ageOn(AgeStructure.REFERENCE_DAY) < 16 || rng.nextDouble() < 0.15) {
            return null;
        }
        if (rng.nextDouble() < 0.02) {
            return "Dr";
        }
        if (p.sex() == Sex.MALE) {
            return "Mr";
        }
        return p.tookSpouseName() ? "Mrs" : rng.nextBoolean() ? "Ms" : "Miss";
    }
}
