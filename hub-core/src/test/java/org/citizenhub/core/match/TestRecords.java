package org.citizenhub.core.match;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.citizenhub.core.match.prepare.GenericValues;
import org.citizenhub.core.match.prepare.Lexicons;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.citizenhub.core.match.prepare.RecordPreparer;
import org.citizenhub.core.normalise.NationalIds.CheckScheme;
import org.citizenhub.core.normalise.PhoneNormaliser;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;

/** Short ways to write test records, and a shared preparer for comparator tests. */
public final class TestRecords {

    public static final Lexicons LEXICONS = Lexicons.standard();
    public static final RecordPreparer PREPARER =
            new RecordPreparer(LEXICONS, new PhoneNormaliser("GB"), CheckScheme.NONE, GenericValues.none());

    private static final AtomicInteger IDS = new AtomicInteger();

    private TestRecords() {
    }

    /** A record builder with a unique record id in source "test". */
    public static Draft draft() {
        return new Draft("test", "r" + IDS.incrementAndGet());
    }

    public static Draft draft(String source, String id) {
        return new Draft(source, id);
    }

    public static PreparedRecord prepare(SourceRecord record) {
        return PREPARER.prepare(record);
    }

    /** Fluent test record: only the fields a test cares about. */
    public static final class Draft {
        private final SourceRecord.Builder builder;
        private String given;
        private String family;
        private String suffix;

        private Draft(String source, String id) {
            builder = SourceRecord.builder(source, id);
        }

        public Draft name(String givenName, String familyName) {
            this.given = givenName;
            this.family = familyName;
            return this;
        }

        public Draft middle(String middle) {
            builder.otherName(new PersonName(null, null, List.of(middle), null, null, NameUse.ALIAS));
            return this;
        }

        public Draft suffix(String value) {
            this.suffix = value;
            return this;
        }

        public Draft maiden(String familyName) {
            builder.otherName(new PersonName(null, null, List.of(), familyName, null, NameUse.MAIDEN));
            return this;
        }

        public Draft dob(String iso) {
            builder.dateOfBirth(iso == null ? null : PartialDate.parse(iso));
            return this;
        }

        public Draft sex(Sex sex) {
            builder.sex(sex);
            return this;
        }

        public Draft nationalId(String id) {
            builder.nationalId(id);
            return this;
        }

        public Draft phone(String phone) {
            builder.phone(phone);
            return this;
        }

        public Draft email(String email) {
            builder.email(email);
            return this;
        }

        public Draft address(String line, String town, String postcode) {
            builder.address(Address.current(line == null ? List.of() : List.of(line), town, postcode));
            return this;
        }

        public SourceRecord build() {
            builder.name(new PersonName(null, given, List.of(), family, suffix, NameUse.OFFICIAL));
            return builder.build();
        }

        public PreparedRecord prepared() {
            return prepare(build());
        }
    }
}
