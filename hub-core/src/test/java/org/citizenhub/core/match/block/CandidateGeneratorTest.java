package org.citizenhub.core.match.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citizenhub.core.match.TestRecords;
import org.citizenhub.core.match.prepare.PreparedRecord;
import org.junit.jupiter.api.Test;

class CandidateGeneratorTest {

    private final BlockingKeys keys = new BlockingKeys(TestRecords.LEXICONS);

    @Test
    void aPairSharingSeveralKeysIsComparedOnce() {
        List<PreparedRecord> records = List.of(
                TestRecords.draft().name("Siobhan", "Oneil").dob("1985-03-02").phone("01632 960029")
                        .address("14 Quarry Lane", "Brindlemoor", "AB1 2CD").nationalId("389524463").prepared(),
                TestRecords.draft().name("Siobhan", "O'Neil").dob("1985-03-02").phone("01632 960029")
                        .address("14 Quarry Lane", "Brindlemoor", "AB1 2CD").nationalId("389524463").prepared());
        List<long[]> pairs = new ArrayList<>();

        CandidateGenerator.Result result = new CandidateGenerator(keys, 200, 10)
                .generate(records, 2, () -> (a, b) -> {
                    synchronized (pairs) {
                        pairs.add(new long[] {a, b});
                    }
                });

        assertThat(pairs).hasSize(1);
        assertThat(result.stats().skippedAsSeen()).isGreaterThan(3);
    }

    @Test
    void oneWrongFieldDoesNotHideAMatch() {
        List<PreparedRecord> records = List.of(
                TestRecords.draft().name("Siobhan", "Oneil").dob("1985-03-02").prepared(),
                TestRecords.draft().name("Siobhan", "Oniell").dob("1985-03-02").prepared(), // family typo
                TestRecords.draft().name("Siobhan", "Oneil").dob("1985-02-03").prepared(), // date swapped
                TestRecords.draft().name("Oneil", "Siobhan").dob("1985-03-02").prepared()); // names swapped
        Set<Long> pairs = new HashSet<>();

        new CandidateGenerator(keys, 200, 10).generate(records, 1, () -> (a, b) -> pairs.add(a * 10L + b));

        assertThat(pairs).contains(1L, 2L, 3L);
    }

    @Test
    void aVeryCommonKeyIsNeverComparedQuadratically() {
        List<PreparedRecord> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) { // 3000 people on one street with the same given name: one huge block
            records.add(TestRecords.draft().name("John", "Family" + i).address(i + " Mill Road", "Dunmere", "DN1 1AA")
                    .prepared());
        }
        long[] count = new long[1];

        CandidateGenerator.Result result = new CandidateGenerator(keys, 200, 10)
                .generate(records, 1, () -> (a, b) -> count[0]++);

        assertThat(count[0]).isLessThanOrEqualTo(3000L * 9).isGreaterThan(0);
        assertThat(result.stats().largeBlocksByRule()[BlockingRule.POSTCODE_GIVEN.ordinal()]).isEqualTo(1);
        assertThat(result.largeKeys()).isNotEmpty();
    }
}
