package org.citizenhub.connectors.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordMapperDeletionTest {

    @TempDir
    Path dir;

    private static final String STATUS_MAPPING = """
            recordId: ID
            name: {full: NAME}
            deleted:
              from: STATUS
              values: {X: deleted, A: active}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"X", "deleted", "DELETED", " Inactive ", "true", "Y", "yes", "1", "removed"})
    void aTruthyStatusMarksTheRecordDeletedWithItsKeyOnly(String status) throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, STATUS_MAPPING);

        MappedRecord mapped = mapper.mapRecord(row("ID", "7", "NAME", "Ann Lee", "STATUS", status));

        assertThat(mapped.deleted()).isTrue();
        assertThat(mapped.record().key().recordId()).isEqualTo("7");
        assertThat(mapped.record().name().given()).isNull();
        assertThat(mapped.record().rawPayload()).contains("STATUS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "active", "no", "0", "false", ""})
    void anyOtherValueIsALiveRecord(String status) throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, STATUS_MAPPING);

        MappedRecord mapped = mapper.mapRecord(row("ID", "7", "NAME", "Ann Lee", "STATUS", status));

        assertThat(mapped.deleted()).isFalse();
        assertThat(mapped.record().name().given()).isEqualTo("Ann");
    }

    @Test
    void withoutTheFlagNothingIsDeletedAndMapStillIgnoresIt() throws Exception {
        RecordMapper flagless = Mappings.mapper(dir, "recordId: ID\nname: {full: NAME}\n");
        RecordMapper flagged = Mappings.mapper(dir, STATUS_MAPPING);
        ObjectNode tombstone = row("ID", "7", "STATUS", "X");

        assertThat(flagless.mapRecord(tombstone).deleted()).isFalse();
        assertThat(flagless.mapRecord(row("ID", "8")).deleted()).isFalse();
        assertThat(flagged.map(tombstone).key().recordId()).isEqualTo("7");
    }

    @Test
    void aTombstoneItemWithAJsonFlagNeedsNothingButItsId() throws Exception {
        RecordMapper mapper = Mappings.mapper(dir, "recordId: $.id\nname: {full: $.name}\ndeleted: $.meta.deleted\n");
        ObjectNode item = JsonNodeFactory.instance.objectNode().put("id", "p-1");
        item.putObject("meta").put("deleted", true);

        MappedRecord mapped = mapper.mapRecord(item);

        assertThat(mapped.deleted()).isTrue();
        assertThat(mapped.record().key().recordId()).isEqualTo("p-1");
    }

    private static ObjectNode row(String... pairs) {
        ObjectNode row = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
