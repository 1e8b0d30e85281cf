package org.citizenhub.core.match.prepare;

/**
 * Values shared by far more people than one household (a council switchboard, a care home, a
 * placeholder id or email), found from the data by {@link GenericValueDetector}. Their agreement is no
 * evidence and they are no blocking key. Phones are E.164 longs, emails and dwellings hashes, ids packed,
 * dates of birth yyyymmdd (a placeholder such as 1900-01-01 shows itself by how many people share it).
 */
public record GenericValues(LongSet nationalIds, LongSet phones, LongSet emails, LongSet addresses,
                            LongSet birthDates) {

    public static GenericValues none() {
        return new GenericValues(LongSet.empty(), LongSet.empty(), LongSet.empty(), LongSet.empty(), LongSet.empty());
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    public int size() {
        return nationalIds.size() + phones.size() + emails.size() + addresses.size() + birthDates.size();
    }
}
