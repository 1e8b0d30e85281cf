package org.citizenhub.bench.population;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/**
 * The education agency: pupils and students, plus old records of adults kept from their school days
 * (a maiden name, the parents' address of the time, a parent's phone). Legal and preferred forenames
 * in separate columns, dates as yyyyMMdd, the address line apart from the postcode; a pipe-separated
 * file in ISO-8859-1, so letters outside Latin-1 arrive as "?".
 */
final class EducationSource extends AgencySource {

    static final String ID = "education";
    private static final String DATE = "yyyyMMdd";
    private static final int SCHOOL_LEAVING_AGE = 22;
    private static final List<String> HEADER = List.of("pupil_id", "legal_surname", "legal_forename",
            "preferred_forename", "middle_names", "dob", "sex", "address_line", "postcode", "contact_phone",
            "contact_email");

    EducationSource() {
        super(new SourcePolicy(ID, rates(), 0.9, 0.5, false, false, true, false, 0.3, "01632960999"));
    }

    private static EnumMap<Defect, Double> rates() {
        EnumMap<Defect, Double> r = SourcePolicy.baseRates();
        r.put(Defect.GIVEN_NICKNAME, 0.15);
        r.put(Defect.DOB_MISSING, 0.005);
        r.put(Defect.DUPLICATE_REGISTRATION, 0.015);
        r.put(Defect.ADDRESS_STALE, 0.05);
        return r;
    }

    @Override
    double coverage(Person p) {
        int age = p.ageOn(AgeStructure.REFERENCE_DAY);
        return age < 4 ? 0 : age < SCHOOL_LEAVING_AGE ? 0.96 : 0.12;
    }

    @Override
    double rate(Defect defect, Person person) {
        boolean oldRecord = person.ageOn(AgeStructure.REFERENCE_DAY) >= SCHOOL_LEAVING_AGE;
        if (oldRecord && defect == Defect.MAIDEN_NAME_USED) {
            return 0.95;
        }
        if (oldRecord && defect == Defect.ADDRESS_STALE) {
            return 0.9;
        }
        return super.rate(defect, person);
    }

    @Override
    boolean holdsUnknownOldAddress(Person person) {
        return person.ageOn(AgeStructure.REFERENCE_DAY) >= SCHOOL_LEAVING_AGE;
    }

    @Override
    String recordId(int sequence) {
        return String.format("E%07d", sequence);
    }

    @Override
    public FileLayout layout() {
        return FileLayout.csv("education_pupils.csv", '|', false, "\n", StandardCharsets.ISO_8859_1, HEADER);
    }

    @Override
    NativeRow render(RecordDraft d, String recordId) {
        String sex = d.sex == Sex.MALE ? "M" : d.sex == Sex.FEMALE ? "F" : "";
        String postcode = d.address.postcode();
        return new NativeRow.Csv(List.of(recordId, TextDefects.latin1(d.family), TextDefects.latin1(d.given),
                Formats.orEmpty(TextDefects.latin1(d.preferredGiven)), TextDefects.latin1(String.join(" ", d.middles)),
                Formats.date(d.dateOfBirth, DATE), sex, TextDefects.latin1(d.address.oneLine(false)),
                recordId.hashCode() % 3 == 0 ? postcode.replace(" ", "").toLowerCase(java.util.Locale.ROOT) : postcode,
                Formats.phone(d.phone, Formats.PhoneStyle.SPACED), Formats.orEmpty(d.email)));
    }

    @Override
    public SourceRecord map(NativeRow row) {
        List<String> c = ((NativeRow.Csv) row).cells();
        SourceRecord.Builder b = SourceRecord.builder(ID, c.get(0))
                .name(NameParser.fromParts(null, c.get(2), Formats.words(c.get(4)), c.get(1), null))
                .dateOfBirth(Formats.parseDate(c.get(5), DATE))
                .sex(Sex.parse(c.get(6)))
                .address(Address.current(List.of(c.get(7)), null, Formats.blankToNull(c.get(8))))
                .phone(Formats.blankToNull(c.get(9)))
                .email(Formats.blankToNull(c.get(10)));
        String preferred = Formats.blankToNull(c.get(3));
        if (preferred != null) {
            b.otherName(NameParser.fromParts(null, preferred, List.of(), null, null).withUse(NameUse.PREFERRED));
        }
        return b.build();
    }

    @Override
    public String connectorYaml() {
        return """
              - id: education
                description: Education agency pupils and former pupils (pipe CSV in ISO-8859-1)
                kind: file
                file:
                  path: education_pupils.csv
                  delimiter: "|"
                  encoding: ISO-8859-1
                mapping:
                  recordId: pupil_id
                  name:
                    given: legal_forename
                    middle: middle_names
                    family: legal_surname
                  otherNames:
                    - use: preferred
                      given: preferred_forename
                  dateOfBirth:
                    from: dob
                    dateFormats: [yyyyMMdd]
                  sex: sex
                  addresses:
                    - text: address_line
                      postcode: postcode
                  phones: contact_phone
                  emails: contact_email
            """;
    }
}
