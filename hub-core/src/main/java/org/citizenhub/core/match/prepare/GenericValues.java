package org.citizenhub.core.match.prepare;

/**
 * Values shared by far more people than one household (a council switchboard, a care home, a
 * placeholder id or email), found from the data by {@link GenericValueDetector}. Their agreement is no
 * evidence and they are no blocking key. Phones are E.164 longs, emails and dwellings hashes, ids packed.
 */
public record GenericValues(LongSet nationalIds, LongSet phones, LongSet emails, LongSet addresses) {

    public static GenericValues none() {
        return new GenericValues(LongSet.empty(), LongSet.empty(), LongSet.empty(), LongSet.empty());
    }

    public boolean isEmpty() {
        return nationalIds.isEmpty() && phones.isEmpty() && emails.isEmpty() && addresses.isEmpty();
    }

    public int size() {
        return nationalIds.size() + phones.size() + emails.size() + addresses.size();
    }
}
