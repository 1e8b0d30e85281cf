package org.citizenhub.core.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The canonical record: one agency's copy of one person, mapped from the agency's native format.
 * Immutable; lists are never null. {@code rawPayload} is the native record as read (JSON text),
 * kept for provenance and so that a record can be mapped again.
 */
public record SourceRecord(
        RecordKey key,
        PersonName name,
        List<PersonName> otherNames,
        PartialDate dateOfBirth,
        Sex sex,
        String nationalId,
        List<Identifier> identifiers,
        List<Address> addresses,
        List<String> phones,
        List<String> emails,
        Instant createdAt,
        Instant updatedAt,
        String rawPayload) {

    public SourceRecord {
        Objects.requireNonNull(key, "key");
        name = name == null ? new PersonName(null, null, List.of(), null, null, NameUse.OFFICIAL) : name;
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        sex = sex == null ? Sex.UNKNOWN : sex;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    public static Builder builder(String sourceId, String recordId) {
        return new Builder(new RecordKey(sourceId, recordId));
    }

    /** The official name first, then every other name the source knows. */
    public List<PersonName> allNames() {
        List<PersonName> all = new ArrayList<>(otherNames.size() + 1);
        all.add(name);
        all.addAll(otherNames);
        return all;
    }

    /** Accumulates the fields a mapping finds, in any order. */
    public static final class Builder {
        private final RecordKey key;
        private PersonName name;
        private final List<PersonName> otherNames = new ArrayList<>();
        private PartialDate dateOfBirth;
        private Sex sex;
        private String nationalId;
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<Address> addresses = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private final List<String> emails = new ArrayList<>();
        private Instant createdAt;
        private Instant updatedAt;
        private String rawPayload;

        private Builder(RecordKey key) {
            this.key = key;
        }

        public Builder name(PersonName value) { this.name = value; return this; }
        public Builder otherName(PersonName value) { if (value != null && !value.isEmpty()) otherNames.add(value); return this; }
        public Builder dateOfBirth(PartialDate value) { this.dateOfBirth = value; return this; }
        public Builder sex(Sex value) { this.sex = value; return this; }
        public Builder nationalId(String value) { this.nationalId = value; return this; }
        public Builder identifier(Identifier value) { if (value != null) identifiers.add(value); return this; }
        public Builder address(Address value) { if (value != null && !value.isEmpty()) addresses.add(value); return this; }
        public Builder phone(String value) { if (value != null && !value.isBlank()) phones.add(value); return this; }
        public Builder email(String value) { if (value != null && !value.isBlank()) emails.add(value); return this; }
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }
        public Builder rawPayload(String value) { this.rawPayload = value; return this; }

        public SourceRecord build() {
            return new SourceRecord(key, name, otherNames, dateOfBirth, sex, nationalId, identifiers, addresses,
                    phones, emails, createdAt, updatedAt, rawPayload);
        }
    }
}
