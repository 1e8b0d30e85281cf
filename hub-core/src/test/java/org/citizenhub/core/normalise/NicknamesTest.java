package org.citizenhub.core.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NicknamesTest {

    private final Nicknames nicknames = Nicknames.standard();

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            william  | bill     | true
            william  | liam     | true
            bill     | liam     | true
            stephen  | steven   | true
            mohammed | muhammad | true
            catherine| kathryn  | true
            margaret | peggy    | true
            robert   | bob      | true
            john     | jack     | true
            john     | ian      | false
            william  | james    | false
            chris    | christopher | true
            chris    | christine   | true
            christopher | christine | false
            """)
    void aliasesShareAGroup(String a, String b, boolean aliases) {
        assertThat(nicknames.areAliases(a, b)).isEqualTo(aliases);
        assertThat(nicknames.areAliases(b, a)).isEqualTo(aliases);
    }

    @Test
    void canonicalFormIsTheGroupHeadUnlessAmbiguous() {
        assertThat(nicknames.canonical("bill")).isEqualTo("william");
        assertThat(nicknames.canonical("william")).isEqualTo("william");
        assertThat(nicknames.canonical("chris")).isEqualTo("chris");
        assertThat(nicknames.canonical("zebedee")).isEqualTo("zebedee");
    }

    @Test
    void aTableIsReadFromLinesSkippingComments() {
        Nicknames table = Nicknames.read(List.of("# comment", "", "Alfred, Alf, Fred", "frederick,fred"));

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.areAliases("alf", "alfred")).isTrue();
        assertThat(table.areAliases("alf", "frederick")).isFalse();
        assertThat(table.areAliases("fred", "frederick")).isTrue();
        assertThat(table.canonical("alf")).isEqualTo("alfred");
    }

    @Test
    void theShippedTableSaysHowItWasBuilt() throws Exception {
        try (var in = Nicknames.class.getResourceAsStream("nicknames.csv")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).startsWith("#").contains("How it was built");
        }
    }
}
