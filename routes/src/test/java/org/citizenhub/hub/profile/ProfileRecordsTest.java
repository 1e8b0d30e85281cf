package org.citizenhub.hub.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.citizenhub.core.record.RecordKey;
import org.junit.jupiter.api.Test;

/** Whether a profile document lists a source record, read from the document's JSON. */
class ProfileRecordsTest {

    private static final String PROFILE = """
            {"id":"C1","fields":{"records":[{"source":"tax","recordId":"T9"}]},
             "records":[{"source":"tax","recordId":"T1","state":"MATCH","fields":{"source":"x","recordId":"H1"}},
                        {"state":"MATCH","recordId":"H1","source":"health"},
                        {"source":{"nested":"health"},"recordId":"H2"}],
             "conflicts":[]}""";

    @Test
    void findsEachLinkedRecordByItsSourceAndId() {
        assertThat(lists(PROFILE, "tax", "T1")).isTrue();
        assertThat(lists(PROFILE, "health", "H1")).isTrue();
    }

    @Test
    void readsOnlyTheTopLevelRecordsArray() {
        assertThat(lists(PROFILE, "tax", "T9")).as("inside fields").isFalse();
        assertThat(lists(PROFILE, "x", "H1")).as("inside a record's own fields").isFalse();
        assertThat(lists(PROFILE, "tax", "H1")).as("source and id of different records").isFalse();
        assertThat(lists(PROFILE, "health", "H2")).as("a source that is not text").isFalse();
    }

    @Test
    void aDocumentWithoutRecordsOrNotJsonListsNothing() {
        assertThat(lists("{\"id\":\"C2\"}", "tax", "T1")).isFalse();
        assertThat(lists("[{\"source\":\"tax\",\"recordId\":\"T1\"}]", "tax", "T1")).isFalse();
        assertThat(lists("{\"records\":[{\"source\":\"tax\",", "tax", "T1")).isFalse();
    }

    private static boolean lists(String json, String source, String recordId) {
        return ProfileRecords.lists(json.getBytes(StandardCharsets.UTF_8), new RecordKey(source, recordId));
    }
}
