package org.citizenhub.core.golden;

import java.util.Objects;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;

/**
 * The merged profile of one citizen: per field the value shown first and every value the linked
 * source records hold, each with its provenance. Single-valued fields (name, date of birth, sex,
 * national id) may still hold several values when the sources disagree.
 */
public record GoldenRecord(
        String citizenId,
        FieldValues<PersonName> name,
        FieldValues<PersonName> otherNames,
        FieldValues<PartialDate> dateOfBirth,
        FieldValues<Sex> sex,
        FieldValues<String> nationalId,
        FieldValues<Identifier> identifiers,
        FieldValues<Address> addresses,
        FieldValues<String> phones,
        FieldValues<String> emails) {

    public GoldenRecord {
        Objects.requireNonNull(citizenId, "citizenId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(otherNames, "otherNames");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(nationalId, "nationalId");
        Objects.requireNonNull(identifiers, "identifiers");
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(emails, "emails");
    }

    /** Whether any field is flagged for a caseworker. */
    public boolean hasConflicts() {
        return name.conflict() || otherNames.conflict() || dateOfBirth.conflict() || sex.conflict()
                || nationalId.conflict() || identifiers.conflict() || addresses.conflict() || phones.conflict()
                || emails.conflict();
    }
}
