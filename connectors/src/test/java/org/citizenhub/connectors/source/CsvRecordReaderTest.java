package org.citizenhub.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void readsLfCrlfAndCrLineEndingsAlike() {
        assertThat(values("id,name\nA,Ada\r\nB,Bob\rC,Cy")).containsExactly(
                "line 2 {\"id\":\"A\",\"name\":\"Ada\"}",
                "line 3 {\"id\":\"B\",\"name\":\"Bob\"}",
                "line 4 {\"id\":\"C\",\"name\":\"Cy\"}");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsJustACharacter() {
        assertThat(values("id,height\nA,5'11\" tall\n")).containsExactly("line 2 {\"id\":\"A\",\"height\":\"5'11\\\" tall\"}");
    }

    @Test
    void aQuoteThatNeverClosesCostsOneLineNotTheRestOfTheFile() {
        assertThat(values("id,name\nA,\"Ada\nB,Bob\nC,Cy\n")).containsExactly(
                "line 2 unreadable: quoted field is not closed | A,\"Ada",
                "line 3 {\"id\":\"B\",\"name\":\"Bob\"}",
                "line 4 {\"id\":\"C\",\"name\":\"Cy\"}");
    }

    @Test
    void textAfterAClosingQuoteIsABadRow() {
        assertThat(values("id,name\nA,\"Ada\"x\nB,Bob\n")).containsExactly(
                "line 2 unreadable: row is not valid CSV (quotes) | A,\"Ada\"x",
                "line 3 {\"id\":\"B\",\"name\":\"Bob\"}");
    }

    @Test
    void blankAndRepeatedHeaderNamesKeepEveryValue() {
        assertThat(values(" id ,name,,Name\n1,a,b,c\n")).containsExactly(
                "line 2 {\"id\":\"1\",\"name\":\"a\",\"column_3\":\"b\",\"Name_2\":\"c\"}");
    }

    @Test
    void anEmptyFileHasNoRecords() {
        assertThat(values("")).isEmpty();
        assertThat(values("\n\n")).isEmpty();
        assertThat(values("id,name\n")).isEmpty();
    }

    @Test
    void anUnreadableHeaderFailsTheRun() {
        assertThatThrownBy(() -> values("\"id,name\nA,B\n"))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("line 1: the header row is not valid CSV");
    }

    @Test
    void aHeaderReadWithTheWrongDelimiterFailsTheRunWithAHint() {
        assertThatThrownBy(() -> values("id;name\n1;Ada\n"))
                .isInstanceOf(SourceException.class)
                .hasMessage("line 1: the header row is a single column that contains ';'; is the delimiter ';' rather than ','?");
        assertThat(values("full name\nAda Lovelace\n")).containsExactly("line 2 {\"full name\":\"Ada Lovelace\"}");
    }

    private static List<String> values(String csv) {
        List<String> out = new ArrayList<>();
        try (CsvRecordReader reader = new CsvRecordReader(new StringReader(csv), ',', '"')) {
            reader.forEachRemaining(record -> out.add(record.readable()
                    ? record.position() + " " + record.value()
                    : record.position() + " unreadable: " + record.unreadableReason() + " | " + record.rawText()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
