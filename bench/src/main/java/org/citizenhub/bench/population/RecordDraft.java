package org.citizenhub.bench.population;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.Sex;

/**
 * One agency's copy of one person, field by field, after the agency's defects and before its file
 * format lays it out. Null means the agency holds no value. {@code phone} is in national digits when it
 * is a real number (formats add their own spacing), or the placeholder as typed.
 */
final class RecordDraft {
    final Person person;
    final Set<Defect> defects = EnumSet.noneOf(Defect.class);
    String title;
    String given;
    List<String> middles = List.of();
    String family;
    String suffix;
    String preferredGiven;
    String previousFamily;
    PartialDate dateOfBirth;
    Sex sex;
    String nationalId;
    AddressDraft address;
    AddressDraft pastAddress;
    String phone;
    String email;

    RecordDraft(Person person) {
        this.person = person;
    }
}
