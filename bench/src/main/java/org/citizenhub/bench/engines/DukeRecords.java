package org.citizenhub.bench.engines;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.DigitsOnlyCleaner;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/**
 * Turns canonical records into Duke records, cleaned with Duke's own cleaners as a Duke user would
 * configure them on a data source: names lower-cased and accent-stripped, ids and phones reduced to
 * digits with the obvious placeholders listed as generic values, postcodes without spaces (taken from
 * the postcode field, or from the end of a one-line address). Every name the record knows (official,
 * maiden, preferred) is a value of the name properties, since Duke compares all values of a property.
 */
final class DukeRecords {

    static final String ID = "ID";
    static final String GIVEN = "GIVEN";
    static final String FAMILY = "FAMILY";
    static final String DOB = "DOB";
    static final String YOB = "YOB";
    static final String SEX = "SEX";
    static final String NATIONAL_ID = "NATIONAL_ID";
    static final String POSTCODE = "POSTCODE";
    static final String STREET = "STREET";
    static final String PHONE = "PHONE";
    static final String EMAIL = "EMAIL";

    private static final Pattern POSTCODE_AT_END = Pattern.compile("([A-Za-z]{1,2}[0-9][0-9A-Za-z]?) ?([0-9][A-Za-z]{2})\\s*$");

    private final Cleaner names = nullSafe(new LowerCaseNormalizeCleaner());
    private final Cleaner digits = nullSafe(new DigitsOnlyCleaner());
    private final Cleaner idPlaceholders = generic("0000000000", "9999999999", "1234567890", "000000000");
    private final Cleaner phonePlaceholders = generic("00000000000", "999999999", "07000000000");

    Record toDuke(SourceRecord r) {
        RecordImpl out = new RecordImpl();
        out.addValue(ID, r.key().toString());
        for (PersonName name : r.allNames()) {
            add(out, GIVEN, names.clean(name.given()));
            add(out, FAMILY, names.clean(name.family()));
        }
        PartialDate dob = r.dateOfBirth();
        if (dob != null) {
            add(out, YOB, Integer.toString(dob.year()));
            if (dob.isComplete()) {
                add(out, DOB, dob.toIso());
            }
        }
        if (r.sex() == Sex.MALE || r.sex() == Sex.FEMALE) {
            add(out, SEX, r.sex().name());
        }
        add(out, NATIONAL_ID, idPlaceholders.clean(digits.clean(r.nationalId())));
        for (Address address : r.addresses()) {
            if (address.use() == Address.AddressUse.CURRENT) {
                addAddress(out, address);
            }
        }
        for (String phone : r.phones()) {
            add(out, PHONE, phonePlaceholders.clean(nationalPhone(digits.clean(phone))));
        }
        for (String email : r.emails()) {
            add(out, EMAIL, email.trim().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private void addAddress(RecordImpl out, Address address) {
        String postcode = address.postcode();
        String street = String.join(" ", address.lines());
        if (postcode == null && address.lines().size() == 1) {
            String[] parts = street.split(",");
            Matcher m = POSTCODE_AT_END.matcher(street);
            if (m.find()) {
                postcode = m.group(1) + m.group(2);
            }
            if (parts.length >= 3) { // "12 Mill Rd, Town, PC": keep what stands before town and postcode
                street = String.join(" ", List.of(parts).subList(0, parts.length - 2));
            }
        }
        if (postcode != null) {
            add(out, POSTCODE, postcode.replace(" ", "").toLowerCase(Locale.ROOT));
        }
        add(out, STREET, names.clean(street));
    }

    private static String nationalPhone(String digitsOnly) {
        if (digitsOnly != null && digitsOnly.startsWith("44") && digitsOnly.length() == 12) {
            return "0" + digitsOnly.substring(2);
        }
        return digitsOnly;
    }

    private static void add(RecordImpl out, String property, String value) {
        if (value != null && !value.isBlank()) {
            out.addValue(property, value);
        }
    }

    /** Duke's GenericValueCleaner takes one value; a Duke user listing several writes this one-method Cleaner. */
    private static Cleaner generic(String... values) {
        java.util.Set<String> generic = java.util.Set.of(values);
        return value -> value == null || generic.contains(value) ? null : value;
    }

    private static Cleaner nullSafe(Cleaner cleaner) {
        return value -> value == null ? null : cleaner.clean(value);
    }
}
