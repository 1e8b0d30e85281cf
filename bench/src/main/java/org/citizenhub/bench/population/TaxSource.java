package org.citizenhub.bench.population;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/**
 * The revenue agency: working-age adults and pensioners, a national id on nearly every record, an
 * ASCII-only mainframe (diacritics always folded), "SURNAME, Given Middle" in one column, day-first
 * dates, semicolon-separated CSV with CRLF line endings.
 */
final class TaxSource extends AgencySource {

    static final String ID = "tax";
    private static final String DATE = "dd/MM/yyyy";
    private static final List<String> HEADER = List.of("TAXPAYER_REF", "NAME", "DATE_OF_BIRTH", "SEX", "NI_NUMBER",
            "ADDRESS_1", "ADDRESS_2", "TOWN", "POSTCODE", "PHONE");

    TaxSource() {
        super(new SourcePolicy(ID, rates(), 0.5, 0, true, false, false, false, 0.0, "03000000000"));
    }

    private static EnumMap<Defect, Double> rates() {
        EnumMap<Defect, Double> r = SourcePolicy.baseRates();
        r.put(Defect.DIACRITICS_FOLDED, 1.0);
        r.put(Defect.GIVEN_INITIAL_ONLY, 0.01);
        r.put(Defect.GIVEN_NICKNAME, 0.01);
        r.put(Defect.NID_MISSING, 0.03);
        r.put(Defect.ADDRESS_STALE, 0.15);
        r.put(Defect.MAIDEN_NAME_USED, 0.04);
        r.put(Defect.DOB_PLACEHOLDER, 0.003);
        r.put(Defect.DUPLICATE_REGISTRATION, 0.005);
        return r;
    }

    @Override
    double coverage(Person p) {
        int age = p.ageOn(AgeStructure.REFERENCE_DAY);
        if (p.household() == HouseholdKind.CARE_HOME) {
            return 0.5;
        }
        return age < 16 ? 0 : age < 18 ? 0.3 : age < 67 ? 0.93 : 0.75;
    }

    @Override
    String recordId(int sequence) {
        return String.format("TX%08d", sequence);
    }

    @Override
    public FileLayout layout() {
        return FileLayout.csv("tax_taxpayers.csv", ';', false, "\r\n", StandardCharsets.UTF_8, HEADER);
    }

    @Override
    NativeRow render(RecordDraft d, String recordId) {
        StringBuilder name = new StringBuilder(Formats.upper(d.family)).append(", ").append(d.given);
        d.middles.forEach(m -> name.append(' ').append(m));
        if (d.suffix != null) {
            name.append(' ').append(d.suffix);
        }
        AddressDraft a = d.address;
        String sex = d.sex == Sex.MALE ? "M" : d.sex == Sex.FEMALE ? "F" : "U";
        return new NativeRow.Csv(List.of(recordId, name.toString(), Formats.date(d.dateOfBirth, DATE), sex,
                Formats.nationalId(d.nationalId, " "), a.flat() != null ? a.flat() : a.streetLine(),
                a.flat() != null ? a.streetLine() : "", Formats.upper(a.town()), Formats.upper(a.postcode()),
                Formats.phone(d.phone, Formats.PhoneStyle.SPACED)));
    }

    @Override
    public SourceRecord map(NativeRow row) {
        List<String> c = ((NativeRow.Csv) row).cells();
        List<String> lines = new ArrayList<>();
        if (Formats.blankToNull(c.get(5)) != null) {
            lines.add(c.get(5).trim());
        }
        if (Formats.blankToNull(c.get(6)) != null) {
            lines.add(c.get(6).trim());
        }
        return SourceRecord.builder(ID, c.get(0))
                .name(NameParser.parseFull(c.get(1), NameParser.Order.FAMILY_FIRST))
                .dateOfBirth(Formats.parseDate(c.get(2), DATE))
                .sex(Sex.parse(c.get(3)))
                .nationalId(Formats.blankToNull(c.get(4)))
                .address(Address.current(lines, Formats.blankToNull(c.get(7)), Formats.blankToNull(c.get(8))))
                .phone(Formats.blankToNull(c.get(9)))
                .build();
    }

    @Override
    public String connectorYaml() {
        return """
              - id: tax
                description: Revenue agency taxpayer extract (semicolon CSV, CRLF, SURNAME-first names)
                kind: file
                file:
                  path: tax_taxpayers.csv
                  delimiter: ";"
                mapping:
                  recordId: TAXPAYER_REF
                  name:
                    full: NAME
                    fullFormat: family-first
                  dateOfBirth:
                    from: DATE_OF_BIRTH
                    dateFormats: [dd/MM/yyyy]
                  sex: SEX
                  nationalId: NI_NUMBER
                  addresses:
                    - lines: [ADDRESS_1, ADDRESS_2]
                      town: TOWN
                      postcode: POSTCODE
                  phones: PHONE
            """;
    }
}
