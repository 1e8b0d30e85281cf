package org.citizenhub.connectors.source;

import java.time.Clock;
import java.util.List;
import org.citizenhub.connectors.DeadLetter;
import org.citizenhub.connectors.IngestSink;
import org.citizenhub.connectors.mapping.MappedRecord;
import org.citizenhub.connectors.mapping.MappingException;
import org.citizenhub.connectors.mapping.RecordMapper;
import org.citizenhub.core.record.RecordValidator;
import org.citizenhub.core.record.SourceRecord;

/**
 * Takes one native record of one connector through size check, map, validate and deliver; a record its source marks as
 * deleted goes to {@link IngestSink#delete} instead, unvalidated (a tombstone may hold nothing but its id). Whatever goes wrong with the
 * record becomes a dead letter with a reason that names the problem (never a value), and the run goes on.
 * Only a failing dead-letter store stops the run, as then nothing could be kept.
 */
final class RecordHandler {

    /**
     * The largest native record taken, as JSON text (what the hub stores as its raw payload); a larger one, or
     * a dead letter's payload, is cut to this so that one record can never fail the store.
     */
    static final int MAX_RECORD_CHARS = 1_000_000;

    private final String connectorId;
    private final RecordMapper mapper;
    private final RecordValidator validator;
    private final IngestSink sink;
    private final Clock clock;

    RecordHandler(String connectorId, RecordMapper mapper, RecordValidator validator, IngestSink sink, Clock clock) {
        this.connectorId = connectorId;
        this.mapper = mapper;
        this.validator = validator;
        this.sink = sink;
        this.clock = clock;
    }

    void handle(NativeRecord record, RunState run) {
        if (!record.readable()) {
            reject(run, null, record.position() + ": " + record.unreadableReason(), record.rawText());
            return;
        }
        String raw = record.value().toString();
        if (raw.length() > MAX_RECORD_CHARS) {
            reject(run, null, record.position() + ": record is longer than " + MAX_RECORD_CHARS + " characters as JSON", raw);
            return;
        }
        MappedRecord result;
        try {
            result = mapper.mapRecord(record.value());
        } catch (MappingException e) {
            String reason = e.recordId() == null ? record.position() + ": " + e.getMessage() : e.getMessage();
            reject(run, e.recordId(), reason, raw);
            return;
        } catch (RuntimeException e) {
            reject(run, null, record.position() + ": mapping failed: " + e.getClass().getName(), raw);
            return;
        }
        SourceRecord mapped = result.record();
        String recordId = mapped.key().recordId();
        String payload = mapped.rawPayload() != null ? mapped.rawPayload() : raw;
        if (result.deleted()) {
            delete(run, mapped, payload);
            return;
        }
        List<String> problems = validator.problems(mapped);
        if (!problems.isEmpty()) {
            reject(run, recordId, String.join("; ", problems), payload);
            return;
        }
        try {
            sink.accept(mapped);
        } catch (RuntimeException e) {
            // the class name only: a database error message may quote the record's values
            reject(run, recordId, "ingest failed: " + e.getClass().getName(), payload);
            return;
        }
        run.countIngested();
    }

    private void delete(RunState run, SourceRecord tombstone, String payload) {
        try {
            sink.delete(tombstone.key());
        } catch (RuntimeException e) {
            reject(run, tombstone.key().recordId(), "delete failed: " + e.getClass().getName(), payload);
            return;
        }
        run.countDeleted();
    }

    private void reject(RunState run, String recordId, String reason, String rawPayload) {
        String payload = rawPayload;
        String why = reason;
        if (payload != null && payload.length() > MAX_RECORD_CHARS) {
            payload = payload.substring(0, MAX_RECORD_CHARS);
            why = reason + " (raw payload cut to its first " + MAX_RECORD_CHARS + " characters)";
        }
        // PostgreSQL refuses NUL in text: keep it visible as the symbol for NUL
        payload = payload == null ? null : payload.replace('\u0000', '\u2400');
        sink.reject(new DeadLetter(connectorId, recordId, why, payload, clock.instant()));
        run.countDeadLettered();
    }
}
