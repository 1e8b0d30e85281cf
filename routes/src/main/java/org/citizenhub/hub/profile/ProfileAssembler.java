package org.citizenhub.hub.profile;

import java.util.List;
import java.util.Optional;
import org.citizenhub.core.golden.GoldenRecord;
import org.citizenhub.core.golden.GoldenRecordBuilder;
import org.citizenhub.core.golden.SurvivorshipRules;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.identity.Citizen;
import org.citizenhub.hub.identity.CitizenRepository;
import org.citizenhub.hub.identity.Link;
import org.citizenhub.hub.identity.LinkRepository;
import org.citizenhub.hub.identity.LinkedSourceRecord;
import org.citizenhub.hub.identity.SourceRecordRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds a citizen's {@link ProfileEntry} from the database, the system of record: the citizen row, its linked
 * source records and the ids merged into it, through the {@link GoldenRecordBuilder} and the configured
 * survivorship rules. An id merged into another gives a redirect entry. This is what the maps load on a miss
 * and what {@link ProfileRefresher} writes after a change; it is also a {@link ProfileSource} of its own.
 */
public final class ProfileAssembler implements ProfileSource {

    /** A built entry and the records it covers (for the record index). */
    public record Assembled(ProfileEntry entry, List<RecordKey> records) {
    }

    private final CitizenRepository citizens;
    private final SourceRecordRepository records;
    private final LinkRepository links;
    private final JdbcClient jdbc;
    private final GoldenRecordBuilder builder;
    private final SurvivorshipRules rules;
    private final ProfileDocument document;

    public ProfileAssembler(CitizenRepository citizens, SourceRecordRepository records, LinkRepository links,
                            JdbcClient jdbc, GoldenRecordBuilder builder, SurvivorshipRules rules, ProfileDocument document) {
        this.citizens = citizens;
        this.records = records;
        this.links = links;
        this.jdbc = jdbc;
        this.builder = builder;
        this.rules = rules;
        this.document = document;
    }

    /** The entry for this id: a profile, a redirect for a merged id, empty for an unknown id. */
    public Optional<Assembled> assemble(String citizenId) {
        Optional<Citizen> found = citizens.find(citizenId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Citizen citizen = found.get();
        if (citizen.isMerged()) {
            String survivor = citizens.resolve(citizenId).map(Citizen::id).orElse(citizen.mergedInto());
            return Optional.of(new Assembled(ProfileEntry.redirect(survivor), List.of()));
        }
        List<LinkedSourceRecord> linked = records.linkedTo(citizenId);
        List<SourceRecord> sourceRecords = linked.stream().map(LinkedSourceRecord::record).toList();
        GoldenRecord golden = builder.build(citizenId, sourceRecords, rules);
        byte[] json = document.bytes(document.write(citizen, absorbedInto(citizenId), linked, golden));
        return Optional.of(new Assembled(ProfileEntry.profile(json),
                linked.stream().map(r -> r.link().record()).toList()));
    }

    @Override
    public Optional<ProfileEntry> entry(String citizenId) {
        return assemble(citizenId).map(Assembled::entry);
    }

    @Override
    public Optional<String> citizenOf(RecordKey record) {
        return links.find(record).map(Link::citizenId);
    }

    /** The ids that redirect to this citizen (a redirect is always one hop, see CitizenRepository#redirect). */
    private List<String> absorbedInto(String citizenId) {
        return jdbc.sql("SELECT id FROM citizen WHERE merged_into = :id ORDER BY id")
                .param("id", citizenId)
                .query(String.class)
                .list();
    }
}
