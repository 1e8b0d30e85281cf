package org.citizenhub.hub.profile;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;

/**
 * Hazelcast Compact serialisation of {@link ProfileEntry}: two fields, no reflection, and a schema that
 * every member of the cluster shares, so members of one build read each other's entries.
 */
public final class ProfileEntrySerializer implements CompactSerializer<ProfileEntry> {

    static final String TYPE_NAME = "citizenhub.ProfileEntry";

    @Override
    public ProfileEntry read(CompactReader reader) {
        return new ProfileEntry(reader.readString("mergedInto"), reader.readArrayOfInt8("json"));
    }

    @Override
    public void write(CompactWriter writer, ProfileEntry entry) {
        writer.writeString("mergedInto", entry.mergedInto());
        writer.writeArrayOfInt8("json", entry.json());
    }

    @Override
    public String getTypeName() {
        return TYPE_NAME;
    }

    @Override
    public Class<ProfileEntry> getCompactClass() {
        return ProfileEntry.class;
    }
}
