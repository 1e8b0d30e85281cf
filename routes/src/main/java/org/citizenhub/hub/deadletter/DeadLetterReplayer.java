package org.citizenhub.hub.deadletter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.connectors.config.ConnectorConfig;
import org.citizenhub.connectors.config.ConnectorConfigException;
import org.citizenhub.connectors.mapping.MappingException;
import org.citizenhub.connectors.mapping.RecordMapper;
import org.citizenhub.core.record.RecordValidator;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.connector.ConnectorRegistry;

/**
 * Replays an open dead letter: maps its stored raw payload with the connector's current mapping (the
 * connector file as it is on disk now), validates and ingests it. Success marks the letter REPLAYED; a
 * new failure counts one more attempt and keeps the new reason. Reasons never quote values.
 */
public final class DeadLetterReplayer {

    private final DeadLetterRepository deadLetters;
    private final ConnectorRegistry connectors;
    private final IngestSink sink;
    private final RecordValidator validator;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public DeadLetterReplayer(DeadLetterRepository deadLetters, ConnectorRegistry connectors, IngestSink sink, Clock clock) {
        this.deadLetters = deadLetters;
        this.connectors = connectors;
        this.sink = sink;
        this.validator = new RecordValidator(clock);
        this.clock = clock;
    }

    /** The letter after the replay; empty when there is no letter with this id. */
    public Optional<StoredDeadLetter> replay(long id) {
        Optional<StoredDeadLetter> found = deadLetters.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredDeadLetter letter = found.get();
        if (letter.status() != DeadLetterStatus.OPEN) {
            throw new ReplayRefusedException("dead letter " + id + " is " + letter.status() + ", only OPEN letters are replayed");
        }
        Optional<String> failure = ingest(letter, mapping(letter.connectorId()));
        if (failure.isEmpty()) {
            deadLetters.markReplayed(id);
        } else {
            deadLetters.recordFailedReplay(id, failure.get(), clock.instant());
        }
        return deadLetters.find(id);
    }

    /** The connector as the file defines it now: an admin's fix is taken in before the replay. */
    private ConnectorConfig mapping(String connectorId) {
        try {
            connectors.refresh();
        } catch (ConnectorConfigException e) {
            throw new ReplayRefusedException("the connector file cannot be used: " + e.getMessage());
        }
        return connectors.find(connectorId).orElseThrow(() ->
                new ReplayRefusedException("connector '" + connectorId + "' is not in the connector file any more"));
    }

    /** Empty on success, else the reason it failed again. */
    private Optional<String> ingest(StoredDeadLetter letter, ConnectorConfig connector) {
        JsonNode nativeRecord;
        try {
            nativeRecord = letter.rawPayload() == null ? null : json.readTree(letter.rawPayload());
        } catch (JsonProcessingException e) {
            nativeRecord = null;
        }
        if (nativeRecord == null || !nativeRecord.isObject()) {
            return Optional.of("replay: the raw payload is not a JSON object, so it cannot be mapped");
        }
        SourceRecord mapped;
        try {
            mapped = new RecordMapper(connector.id(), connector.mapping()).map(nativeRecord);
        } catch (MappingException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of("mapping failed: " + e.getClass().getName());
        }
        List<String> problems = validator.problems(mapped);
        if (!problems.isEmpty()) {
            return Optional.of(String.join("; ", problems));
        }
        try {
            sink.accept(withRawPayload(mapped, letter.rawPayload()));
        } catch (RuntimeException e) {
            return Optional.of("ingest failed: " + e.getClass().getName());
        }
        return Optional.empty();
    }

    private static SourceRecord withRawPayload(SourceRecord record, String raw) {
        if (record.rawPayload() != null) {
            return record;
        }
        return new SourceRecord(record.key(), record.name(), record.otherNames(), record.dateOfBirth(), record.sex(),
                record.nationalId(), record.identifiers(), record.addresses(), record.phones(), record.emails(),
                record.createdAt(), record.updatedAt(), raw);
    }
}
