package org.citizenhub.bench.population;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/**
 * The benefits agency: pensioners, single parents, social tenants and a quarter of other adults. Names
 * as the claimant gives them (nicknames common), a previous-surname column, dates as "12-Mar-1980" or
 * only the year or month when that is all the claimant knew, one-line addresses, and a comma-separated
 * CSV with every field quoted.
 */
final class BenefitsSource extends AgencySource {

    static final String ID = "benefits";
    private static final String DATE = "dd-MMM-yyyy";
    private static final List<String> HEADER = List.of("claimant_id", "title", "forename", "middle_names", "surname",
            "suffix", "previous_surname", "date_of_birth", "gender", "ni_number", "address", "telephone", "email");

    BenefitsSource() {
        super(new SourcePolicy(ID, rates(), 0.9, 0.8, true, true, false, false, 0.5, "03450000000"));
    }

    private static EnumMap<Defect, Double> rates() {
        EnumMap<Defect, Double> r = SourcePolicy.baseRates();
        r.put(Defect.GIVEN_NICKNAME, 0.08);
        r.put(Defect.GIVEN_INITIAL_ONLY, 0.005);
        r.put(Defect.DOB_YEAR_ONLY, 0.02);
        r.put(Defect.DOB_YEAR_MONTH_ONLY, 0.02);
        r.put(Defect.DOB_PLACEHOLDER, 0.005);
        r.put(Defect.PREVIOUS_NAME_RECORDED, 0.6);
        r.put(Defect.MAIDEN_NAME_USED, 0.02);
        r.put(Defect.DIACRITICS_FOLDED, 0.3);
        r.put(Defect.DIACRITICS_QUESTION_MARK, 0.1);
        r.put(Defect.PHONE_PLACEHOLDER, 0.01);
        r.put(Defect.PHONE_SWITCHBOARD, 0.01);
        r.put(Defect.DUPLICATE_REGISTRATION, 0.02);
        r.put(Defect.ADDRESS_STALE, 0.05);
        return r;
    }

    @Override
    double coverage(Person p) {
        int age = p.ageOn(AgeStructure.REFERENCE_DAY);
        if (age < 16) {
            return 0;
        }
        if (age >= 67 || p.household() == HouseholdKind.CARE_HOME) {
            return 0.95;
        }
        if (p.household() == HouseholdKind.SINGLE_PARENT || p.socialHousing()) {
            return 0.7;
        }
        return 0.2;
    }

    @Override
    String recordId(int sequence) {
        return String.format("BEN%07d", sequence);
    }

    @Override
    public FileLayout layout() {
        return FileLayout.csv("benefits_claimants.csv", ',', true, "\n", StandardCharsets.UTF_8, HEADER);
    }

    @Override
    NativeRow render(RecordDraft d, String recordId) {
        String gender = d.sex == Sex.MALE ? "Male" : d.sex == Sex.FEMALE ? "Female" : "Unknown";
        return new NativeRow.Csv(List.of(recordId, Formats.orEmpty(d.title), d.given, String.join(" ", d.middles),
                d.family, Formats.orEmpty(d.suffix), Formats.orEmpty(d.previousFamily), Formats.date(d.dateOfBirth, DATE),
                gender, Formats.nationalId(d.nationalId, "-"), d.address.oneLine(true),
                Formats.phone(d.phone, Formats.PhoneStyle.PLAIN), Formats.orEmpty(d.email)));
    }

    @Override
    public SourceRecord map(NativeRow row) {
        List<String> c = ((NativeRow.Csv) row).cells();
        PersonName name = NameParser.fromParts(Formats.blankToNull(c.get(1)), c.get(2), Formats.words(c.get(3)),
                c.get(4), Formats.blankToNull(c.get(5)));
        SourceRecord.Builder b = SourceRecord.builder(ID, c.get(0))
                .name(name)
                .dateOfBirth(Formats.parseDate(c.get(7), DATE))
                .sex(Sex.parse(c.get(8)))
                .nationalId(Formats.blankToNull(c.get(9)))
                .address(Address.current(List.of(c.get(10)), null, null))
                .phone(Formats.blankToNull(c.get(11)))
                .email(Formats.blankToNull(c.get(12)));
        String previous = Formats.blankToNull(c.get(6));
        if (previous != null) { // the connector maps only the family part of the previous name
            b.otherName(NameParser.fromParts(null, null, List.of(), previous, null).withUse(NameUse.PREVIOUS));
        }
        return b.build();
    }

    @Override
    public String connectorYaml() {
        return """
              - id: benefits
                description: Benefits agency claimants (comma CSV, every field quoted, one-line addresses)
                kind: file
                file:
                  path: benefits_claimants.csv
                mapping:
                  recordId: claimant_id
                  name:
                    title: title
                    given: forename
                    middle: middle_names
                    family: surname
                    suffix: suffix
                  otherNames:
                    - use: previous
                      family: previous_surname
                  dateOfBirth:
                    from: date_of_birth
                    dateFormats: [dd-MMM-yyyy, yyyy-MM, yyyy]
                  sex: gender
                  nationalId: ni_number
                  addresses:
                    - text: address
                  phones: telephone
                  emails: email
            """;
    }
}
