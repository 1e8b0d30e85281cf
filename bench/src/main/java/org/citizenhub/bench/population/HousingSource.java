package org.citizenhub.bench.population;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.SourceRecord;

/**
 * The housing agency: the adults of social-housing households. No national id and only the year of
 * birth; upper-case one-line addresses; a contact phone that is sometimes the housing office's own
 * switchboard; a legacy system that mangles diacritics. Tab-separated, no quoting.
 */
final class HousingSource extends AgencySource {

    static final String ID = "housing";
    private static final List<String> HEADER = List.of("tenant_id", "title", "first_name", "last_name", "birth_year",
            "address", "contact_phone");

    HousingSource() {
        super(new SourcePolicy(ID, rates(), 0.9, 0, false, true, false, false, 0.6, "01632960000"));
    }

    private static EnumMap<Defect, Double> rates() {
        EnumMap<Defect, Double> r = SourcePolicy.baseRates();
        r.put(Defect.GIVEN_NICKNAME, 0.1);
        r.put(Defect.GIVEN_TYPO, 0.03);
        r.put(Defect.FAMILY_TYPO, 0.03);
        r.put(Defect.DIACRITICS_FOLDED, 0.3);
        r.put(Defect.DIACRITICS_QUESTION_MARK, 0.0);
        r.put(Defect.DIACRITICS_MOJIBAKE, 0.3);
        r.put(Defect.PHONE_SWITCHBOARD, 0.04);
        r.put(Defect.PHONE_PLACEHOLDER, 0.02);
        r.put(Defect.ADDRESS_STALE, 0.02);
        r.put(Defect.SUFFIX_RECORDED, 0.0);
        return r;
    }

    @Override
    double coverage(Person p) {
        return p.socialHousing() && p.ageOn(AgeStructure.REFERENCE_DAY) >= 18 ? 0.95 : 0;
    }

    @Override
    String recordId(int sequence) {
        return Integer.toString(100_000 + sequence);
    }

    @Override
    public FileLayout layout() {
        return FileLayout.csv("housing_tenants.tsv", '\t', false, "\n", StandardCharsets.UTF_8, HEADER);
    }

    @Override
    NativeRow render(RecordDraft d, String recordId) {
        String year = d.dateOfBirth == null ? "" : Integer.toString(d.dateOfBirth.year());
        return new NativeRow.Csv(List.of(recordId, Formats.orEmpty(d.title), d.given, d.family, year,
                Formats.upper(d.address.oneLine(true)), Formats.phone(d.phone, Formats.PhoneStyle.DASHED)));
    }

    @Override
    public SourceRecord map(NativeRow row) {
        List<String> c = ((NativeRow.Csv) row).cells();
        String year = Formats.blankToNull(c.get(4));
        return SourceRecord.builder(ID, c.get(0))
                .name(NameParser.fromParts(Formats.blankToNull(c.get(1)), c.get(2), List.of(), c.get(3), null))
                .dateOfBirth(year == null ? null : PartialDate.ofYear(Integer.parseInt(year)))
                .address(Address.current(List.of(c.get(5)), null, null))
                .phone(Formats.blankToNull(c.get(6)))
                .build();
    }

    @Override
    public String connectorYaml() {
        return """
              - id: housing
                description: Housing agency tenants (tab-separated, year of birth only, no national id)
                kind: file
                file:
                  path: housing_tenants.tsv
                  format: csv
                  delimiter: tab
                mapping:
                  recordId: tenant_id
                  name:
                    title: title
                    given: first_name
                    family: last_name
                  dateOfBirth:
                    from: birth_year
                    dateFormats: [yyyy]
                  addresses:
                    - text: address
                  phones: contact_phone
            """;
    }
}
