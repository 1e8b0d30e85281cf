package org.citizenhub.bench.population;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one agency records and how carefully: the rate of each defect per opportunity, whether it has a
 * national id field, a title, a previous-name field, a preferred-name field, past addresses; how often it
 * records a phone or email the person has, abbreviates street types, and its own switchboard number
 * (the generic phone some clerks type when the person gave none).
 */
record SourcePolicy(
        String id,
        Map<Defect, Double> rates,
        double phoneShare,
        double emailShare,
        boolean hasNationalId,
        boolean hasTitle,
        boolean nicknameAsPreferred,
        boolean keepsPastAddress,
        double abbreviationShare,
        String switchboard) {

    SourcePolicy {
        rates = Map.copyOf(rates);
    }

    double rate(Defect defect) {
        return rates.getOrDefault(defect, 0.0);
    }

    /** The rates every agency shares unless it says otherwise: clerks make typos everywhere. */
    static EnumMap<Defect, Double> baseRates() {
        EnumMap<Defect, Double> r = new EnumMap<>(Defect.class);
        r.put(Defect.GIVEN_TYPO, 0.02);
        r.put(Defect.FAMILY_TYPO, 0.02);
        r.put(Defect.GIVEN_NICKNAME, 0.03);
        r.put(Defect.GIVEN_ALT_SPELLING, 0.04);
        r.put(Defect.FAMILY_ALT_SPELLING, 0.03);
        r.put(Defect.MIDDLE_NAMES_DROPPED, 0.3);
        r.put(Defect.DIACRITICS_FOLDED, 0.2);
        r.put(Defect.DIACRITICS_QUESTION_MARK, 0.05);
        r.put(Defect.DIACRITICS_MOJIBAKE, 0.03);
        r.put(Defect.NAME_ORDER_SWAPPED, 0.01);
        r.put(Defect.DOUBLE_SURNAME_FIRST_ONLY, 0.35);
        r.put(Defect.DOUBLE_SURNAME_HYPHENATED, 0.15);
        r.put(Defect.MAIDEN_NAME_USED, 0.05);
        r.put(Defect.SUFFIX_RECORDED, 0.3);
        r.put(Defect.DOB_MISSING, 0.01);
        r.put(Defect.DOB_DAY_MONTH_SWAPPED, 0.02);
        r.put(Defect.DOB_DIGIT_OFF, 0.01);
        r.put(Defect.NID_MISSING, 0.05);
        r.put(Defect.NID_DIGIT_OFF, 0.005);
        r.put(Defect.NID_TRANSPOSED, 0.003);
        r.put(Defect.NID_PLACEHOLDER, 0.004);
        r.put(Defect.NID_OF_ANOTHER_PERSON, 0.0003);
        r.put(Defect.ADDRESS_STALE, 0.1);
        r.put(Defect.STREET_TYPO, 0.02);
        r.put(Defect.POSTCODE_TYPO, 0.01);
        r.put(Defect.PHONE_DIGIT_OFF, 0.01);
        r.put(Defect.EMAIL_TYPO, 0.01);
        r.put(Defect.SEX_UNKNOWN, 0.01);
        r.put(Defect.DUPLICATE_REGISTRATION, 0.01);
        return r;
    }
}
