package org.citizenhub.bench.population;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citizenhub.core.normalise.NameParser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/**
 * The health service: nearly everyone, from birth; FHIR-like Patient resources as NDJSON, with the
 * national id and the health service's own patient number in an {@code identifier} array, official and
 * maiden names in a {@code name} array, home and old addresses, phones and emails under {@code telecom}.
 * Re-registration after a move makes it the source with the most duplicate records.
 */
final class HealthSource extends AgencySource {

    static final String ID = "health";
    static final String NATIONAL_ID_SYSTEM = "https://citizenhub.example/sid/national-id";
    static final String PATIENT_NUMBER_SYSTEM = "https://health.example/sid/patient-number";

    HealthSource() {
        super(new SourcePolicy(ID, rates(), 0.8, 0.6, true, true, false, true, 0.0, "03001234567"));
    }

    private static EnumMap<Defect, Double> rates() {
        EnumMap<Defect, Double> r = SourcePolicy.baseRates();
        r.put(Defect.NID_MISSING, 0.25);
        r.put(Defect.DUPLICATE_REGISTRATION, 0.03);
        r.put(Defect.ADDRESS_STALE, 0.2);
        r.put(Defect.MAIDEN_NAME_USED, 0.08);
        r.put(Defect.PREVIOUS_NAME_RECORDED, 0.5);
        r.put(Defect.DIACRITICS_FOLDED, 0.15);
        r.put(Defect.DIACRITICS_QUESTION_MARK, 0.0);
        r.put(Defect.DIACRITICS_MOJIBAKE, 0.05);
        r.put(Defect.DOB_YEAR_ONLY, 0.003);
        r.put(Defect.DOB_MISSING, 0.003);
        r.put(Defect.SEX_UNKNOWN, 0.003);
        return r;
    }

    @Override
    double coverage(Person p) {
        return p.household() == HouseholdKind.CARE_HOME ? 1.0 : 0.97;
    }

    @Override
    String recordId(int sequence) {
        return String.format("pat-%07d", sequence);
    }

    @Override
    public FileLayout layout() {
        return FileLayout.ndjson("health_patients.ndjson", StandardCharsets.UTF_8);
    }

    @Override
    NativeRow render(RecordDraft d, String recordId) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("resourceType", "Patient");
        patient.put("id", recordId);
        List<Object> identifiers = new ArrayList<>();
        identifiers.add(Map.of("system", PATIENT_NUMBER_SYSTEM, "value", "HN" + recordId.substring(4)));
        if (d.nationalId != null) {
            identifiers.add(Map.of("system", NATIONAL_ID_SYSTEM, "value", d.nationalId));
        }
        patient.put("identifier", identifiers);
        List<Object> names = new ArrayList<>();
        names.add(name("official", d.title, d.given, d.middles, d.family, d.suffix));
        if (d.previousFamily != null) {
            names.add(name("maiden", null, d.given, List.of(), d.previousFamily, null));
        }
        patient.put("name", names);
        patient.put("gender", d.sex == Sex.MALE ? "male" : d.sex == Sex.FEMALE ? "female" : "unknown");
        if (d.dateOfBirth != null) {
            patient.put("birthDate", d.dateOfBirth.toIso());
        }
        List<Object> telecom = new ArrayList<>();
        if (d.phone != null) {
            telecom.add(Map.of("system", "phone", "value", Formats.phone(d.phone, Formats.PhoneStyle.INTERNATIONAL)));
        }
        if (d.email != null) {
            telecom.add(Map.of("system", "email", "value", d.email));
        }
        patient.put("telecom", telecom);
        List<Object> addresses = new ArrayList<>();
        addresses.add(address("home", d.address));
        if (d.pastAddress != null) {
            addresses.add(address("old", d.pastAddress));
        }
        patient.put("address", addresses);
        return new NativeRow.Json(patient);
    }

    @Override
    @SuppressWarnings("unchecked")
    public SourceRecord map(NativeRow row) {
        Map<String, Object> p = ((NativeRow.Json) row).tree();
        SourceRecord.Builder b = SourceRecord.builder(ID, (String) p.get("id"));
        for (Map<String, Object> id : (List<Map<String, Object>>) p.getOrDefault("identifier", List.of())) {
            if (NATIONAL_ID_SYSTEM.equals(id.get("system"))) {
                b.nationalId((String) id.get("value"));
            } else {
                b.identifier(new Identifier((String) id.get("system"), (String) id.get("value")));
            }
        }
        for (Map<String, Object> n : (List<Map<String, Object>>) p.getOrDefault("name", List.of())) {
            PersonName name = personName(n);
            if ("official".equals(n.get("use"))) {
                b.name(name);
            } else {
                b.otherName(name);
            }
        }
        b.sex(Sex.parse((String) p.get("gender")));
        if (p.get("birthDate") != null) {
            b.dateOfBirth(PartialDate.parse((String) p.get("birthDate")));
        }
        for (Map<String, Object> t : (List<Map<String, Object>>) p.getOrDefault("telecom", List.of())) {
            if ("phone".equals(t.get("system"))) {
                b.phone((String) t.get("value"));
            } else if ("email".equals(t.get("system"))) {
                b.email((String) t.get("value"));
            }
        }
        for (Map<String, Object> a : (List<Map<String, Object>>) p.getOrDefault("address", List.of())) {
            Address.AddressUse use = "old".equals(a.get("use")) ? Address.AddressUse.PAST : Address.AddressUse.CURRENT;
            b.address(new Address((List<String>) a.get("line"), (String) a.get("city"), (String) a.get("postalCode"), use,
                    null, null));
        }
        return b.build();
    }

    private static Map<String, Object> name(String use, String title, String given, List<String> middles, String family,
            String suffix) {
        Map<String, Object> name = new LinkedHashMap<>();
        name.put("use", use);
        if (title != null) {
            name.put("prefix", List.of(title));
        }
        List<String> givens = new ArrayList<>();
        givens.add(given);
        givens.addAll(middles);
        name.put("given", givens);
        name.put("family", family);
        if (suffix != null) {
            name.put("suffix", List.of(suffix));
        }
        return name;
    }

    @SuppressWarnings("unchecked")
    private static PersonName personName(Map<String, Object> n) {
        List<String> givens = (List<String>) n.getOrDefault("given", List.of());
        List<String> prefix = (List<String>) n.getOrDefault("prefix", List.of());
        List<String> suffix = (List<String>) n.getOrDefault("suffix", List.of());
        NameUse use = switch (String.valueOf(n.get("use"))) {
            case "official" -> NameUse.OFFICIAL;
            case "maiden" -> NameUse.MAIDEN;
            case "nickname", "usual" -> NameUse.PREFERRED;
            default -> NameUse.PREVIOUS;
        };
        return NameParser.fromParts(prefix.isEmpty() ? null : prefix.get(0), givens.isEmpty() ? null : String.join(" ", givens),
                List.of(), (String) n.get("family"), suffix.isEmpty() ? null : suffix.get(0)).withUse(use);
    }

    private static Map<String, Object> address(String use, AddressDraft a) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("use", use);
        address.put("line", a.lines());
        address.put("city", a.town());
        address.put("postalCode", a.postcode());
        return address;
    }

    @Override
    public String connectorYaml() {
        return """
              - id: health
                description: Health service patient index (FHIR-like Patient resources, NDJSON)
                kind: file
                file:
                  path: health_patients.ndjson
                mapping:
                  recordId: $.id
                  name:
                    title: "$.name[?(@.use=='official')].prefix"
                    given: "$.name[?(@.use=='official')].given"
                    family: "$.name[?(@.use=='official')].family"
                    suffix: "$.name[?(@.use=='official')].suffix"
                  otherNames:
                    - use: maiden
                      given: "$.name[?(@.use=='maiden')].given"
                      family: "$.name[?(@.use=='maiden')].family"
                  dateOfBirth: $.birthDate
                  sex: $.gender
                  nationalId: "$.identifier[?(@.system=='https://citizenhub.example/sid/national-id')].value"
                  identifiers:
                    - system: https://health.example/sid/patient-number
                      value: "$.identifier[?(@.system=='https://health.example/sid/patient-number')].value"
                  addresses:
                    - each: "$.address[*]"
                      lines: $.line
                      town: $.city
                      postcode: $.postalCode
                      use:
                        from: $.use
                        values: {home: current, old: past}
                  phones: "$.telecom[?(@.system=='phone')].value"
                  emails: "$.telecom[?(@.system=='email')].value"
            """;
    }
}
