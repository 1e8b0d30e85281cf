package org.citizenhub.core.golden;

import java.util.List;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/** The {@link FieldSpec} of every profile field. */
final class FieldSpecs {

    final FieldSpec<PersonName> name;
    final FieldSpec<PersonName> otherNames;
    final FieldSpec<PartialDate> dateOfBirth;
    final FieldSpec<Sex> sex;
    final FieldSpec<String> nationalId;
    final FieldSpec<Identifier> identifiers;
    final FieldSpec<Address> addresses;
    final FieldSpec<String> phones;
    final FieldSpec<String> emails;

    FieldSpecs(ValueKeys keys) {
        name = new FieldSpec<>(ProfileField.NAME, r -> r.name().isEmpty() ? List.of() : List.of(r.name()),
                keys::name, Tiering.none(), ConflictCheck.none());
        otherNames = new FieldSpec<>(ProfileField.OTHER_NAMES, SourceRecord::otherNames, keys::name,
                Tiering.none(), ConflictCheck.none());
        dateOfBirth = new FieldSpec<>(ProfileField.DATE_OF_BIRTH, r -> single(r.dateOfBirth()), PartialDate::toIso,
                FieldSpecs::refinedDatesLast, Conflicts.dateOfBirth());
        sex = new FieldSpec<>(ProfileField.SEX, r -> List.of(r.sex()), Sex::name,
                (value, key, all) -> value == Sex.UNKNOWN ? 1 : 0, Conflicts.sex());
        nationalId = new FieldSpec<>(ProfileField.NATIONAL_ID, r -> single(blankToNull(r.nationalId())),
                keys::nationalId, Tiering.usableFirst(), Conflicts.nationalId());
        identifiers = new FieldSpec<>(ProfileField.IDENTIFIERS, SourceRecord::identifiers, keys::identifier,
                Tiering.none(), ConflictCheck.none());
        addresses = new FieldSpec<>(ProfileField.ADDRESSES, SourceRecord::addresses, keys::address,
                (value, key, all) -> value.use() == Address.AddressUse.CURRENT ? 0 : 1, ConflictCheck.none());
        phones = new FieldSpec<>(ProfileField.PHONES, SourceRecord::phones, keys::phone, Tiering.usableFirst(),
                ConflictCheck.none());
        emails = new FieldSpec<>(ProfileField.EMAILS, SourceRecord::emails, keys::email, Tiering.usableFirst(),
                ConflictCheck.none());
    }

    /** A partial date never beats a fuller one that agrees with it ("1980-05" after "1980-05-12"). */
    private static int refinedDatesLast(PartialDate date, String key, List<PartialDate> all) {
        for (PartialDate other : all) {
            if (PartialDates.refines(other, date)) {
                return 1;
            }
        }
        return 0;
    }

    private static <T> List<T> single(T value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
