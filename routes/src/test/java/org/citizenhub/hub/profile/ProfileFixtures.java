package org.citizenhub.hub.profile;

import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.citizenhub.core.golden.GoldenRecordBuilder;
import org.citizenhub.core.golden.SurvivorshipRules;
import org.citizenhub.core.match.DeterministicMatcher;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.store.HubSchema;
import org.citizenhub.hub.store.HubStore;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A real store on a fresh in-memory H2 database and the profile assembler over it, without Spring. */
public final class ProfileFixtures {

    private ProfileFixtures() {
    }

    public record Fixture(DataSource dataSource, HubStore store, ProfileAssembler assembler) {
    }

    public static Fixture open(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        HubSchema.migrate(dataSource);
        HubStore store = HubStore.open(dataSource, new DeterministicMatcher(), Clock.systemUTC());
        return new Fixture(dataSource, store, assembler(store, dataSource, SurvivorshipRules.defaults()));
    }

    public static ProfileAssembler assembler(HubStore store, DataSource dataSource, SurvivorshipRules rules) {
        return new ProfileAssembler(store.citizens(), store.sourceRecords(), store.links(), JdbcClient.create(dataSource),
                new GoldenRecordBuilder("GB"), rules, new ProfileDocument());
    }

    /** A person as one source holds them. */
    public static SourceRecord person(String source, String id, String nationalId, String given, String family, String dob) {
        return SourceRecord.builder(source, id).name(PersonName.of(given, family)).nationalId(nationalId)
                .dateOfBirth(dob == null ? null : PartialDate.parse(dob))
                .updatedAt(Instant.parse("2024-03-01T10:00:00Z")).build();
    }
}
