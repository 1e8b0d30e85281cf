package org.citizenhub.connectors.config;

import java.util.List;
import java.util.Objects;

/**
 * How native fields map onto the canonical record, one entry per canonical field. Only {@code recordId}
 * is required; a field without a mapping stays empty. Single-valued fields take the first value found;
 * list fields take every value of every listed field. {@code deleted} (optional) marks a row or item as a
 * deletion of its record (see {@link DeletionFlag}).
 */
public record MappingConfig(
        FieldSpec recordId,
        NameSpec name,
        List<NameSpec> otherNames,
        FieldSpec dateOfBirth,
        FieldSpec sex,
        FieldSpec nationalId,
        List<IdentifierSpec> identifiers,
        List<AddressSpec> addresses,
        List<FieldSpec> phones,
        List<FieldSpec> emails,
        FieldSpec createdAt,
        FieldSpec updatedAt,
        FieldSpec deleted) {

    public MappingConfig {
        Objects.requireNonNull(recordId, "recordId");
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    /** Without a deletion flag: every record read is a live record (the shape before {@code deleted} existed). */
    public MappingConfig(FieldSpec recordId, NameSpec name, List<NameSpec> otherNames, FieldSpec dateOfBirth, FieldSpec sex,
                         FieldSpec nationalId, List<IdentifierSpec> identifiers, List<AddressSpec> addresses,
                         List<FieldSpec> phones, List<FieldSpec> emails, FieldSpec createdAt, FieldSpec updatedAt) {
        this(recordId, name, otherNames, dateOfBirth, sex, nationalId, identifiers, addresses, phones, emails, createdAt,
                updatedAt, null);
    }

    /** A mapping of the record id only; every other field stays empty. */
    public MappingConfig(FieldSpec recordId) {
        this(recordId, null, List.of(), null, null, null, List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    /** The same mapping with a deletion flag. */
    public MappingConfig withDeleted(FieldSpec flag) {
        return new MappingConfig(recordId, name, otherNames, dateOfBirth, sex, nationalId, identifiers, addresses, phones,
                emails, createdAt, updatedAt, flag);
    }
}
