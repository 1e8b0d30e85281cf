package org.citizenhub.hub.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.citizenhub.core.record.SourceRecord;
import org.junit.jupiter.api.Test;

class SourceRecordJsonTest {

    private final SourceRecordJson json = new SourceRecordJson();

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        SourceRecord record = TestRecords.full();

        SourceRecord back = json.read(json.write(record), record.rawPayload());

        assertThat(back).isEqualTo(record);
    }

    @Test
    void theSameRecordAlwaysWritesTheSameTextAndLeavesTheRawPayloadOut() {
        String first = json.write(TestRecords.full());
        String second = json.write(TestRecords.full());

        assertThat(first).isEqualTo(second).doesNotContain("native").contains("\"dateOfBirth\":\"1980-05\"");
    }

    @Test
    void aSparseRecordReadsBackWithEmptyListsAndUnknownSex() {
        SourceRecord sparse = SourceRecord.builder("health", "H-1").nationalId("ZZ998877A").build();

        SourceRecord back = json.read(json.write(sparse), null);

        assertThat(back).isEqualTo(sparse);
        assertThat(back.addresses()).isEmpty();
    }
}
