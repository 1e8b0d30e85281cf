package org.citizenhub.connectors.source;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.Exchange;
import org.apache.camel.builder.Builder;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.SynchronizationAdapter;
import org.citizenhub.connectors.config.FileSource;

/**
 * Reads a CSV or NDJSON file through Camel's file component (polled on demand, left in place) and splits it
 * in streaming mode: one record in memory at a time, whatever the size of the file. A missing file fails the
 * run with its path rather than reading nothing.
 */
final class FileSourceStage implements SourceStage {

    private static final long POLL_TIMEOUT_MS = 5_000;

    private final FileSource file;
    private final RecordHandler handler;
    private final ObjectMapper json;

    FileSourceStage(FileSource file, RecordHandler handler, ObjectMapper json) {
        this.file = file;
        this.handler = handler;
        this.json = json;
    }

    @Override
    public void read(RouteDefinition route) {
        route.process(this::checkReadable);
        // prototype scope (cacheSize -1): every run polls with its own consumer, so no consumer lingers between
        // runs and two connectors reading the same file never share one
        route.pollEnrich().constant(fileUri()).timeout(POLL_TIMEOUT_MS).cacheSize(-1);
        route.process(this::openRecords)
                .split(Builder.body()).streaming().stopOnException()
                    .process(exchange -> handler.handle(exchange.getIn().getBody(NativeRecord.class), RunState.of(exchange)))
                .end();
    }

    /** noop keeps the file where it is; idempotent=false lets every run read it again. */
    private String fileUri() {
        Path path = file.path().toAbsolutePath().normalize();
        return "file:" + path.getParent() + "?fileName=RAW(" + path.getFileName() + ")"
                + "&noop=true&idempotent=false&autoCreate=false&readLock=none"
                + "&initialDelay=0&delay=20&maxMessagesPerPoll=1";
    }

    private void checkReadable(Exchange exchange) {
        Path path = file.path();
        if (!Files.exists(path)) {
            throw new SourceException("file not found: " + path);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new SourceException("file is not a readable regular file: " + path);
        }
    }

    private void openRecords(Exchange exchange) throws IOException {
        GenericFile<?> polled = exchange.getIn().getBody(GenericFile.class);
        if (polled == null || !(polled.getFile() instanceof File found)) {
            throw new SourceException("file could not be polled: " + file.path());
        }
        Charset charset = file.encoding() != null ? file.encoding() : StandardCharsets.UTF_8;
        Reader reader = new InputStreamReader(Files.newInputStream(found.toPath()), charset);
        NativeRecordIterator records = switch (file.format()) {
            case CSV -> new CsvRecordReader(reader, file.delimiter(), file.quote());
            case NDJSON -> new NdjsonRecordReader(reader, json);
        };
        // the splitter closes it when done; this also covers a failure before the split starts
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                try {
                    records.close();
                } catch (IOException ignored) {
                    // nothing left to do with a file we only read
                }
            }
        });
        exchange.getIn().setBody(records);
    }
}
