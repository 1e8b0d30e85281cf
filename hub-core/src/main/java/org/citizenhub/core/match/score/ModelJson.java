package org.citizenhub.core.match.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes a {@link MatchModel} as JSON, so a model trained on a first load can be kept,
 * reviewed and reused by the incremental matcher. A file that does not fit the engine (unknown field,
 * wrong levels, bad probability) is refused with the reason, naming the file.
 */
public final class ModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelJson() {
    }

    public static String write(MatchModel model) {
        try {
            return MAPPER.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the match model as JSON", e);
        }
    }

    public static MatchModel read(String json) {
        try {
            MatchModel model = MAPPER.readValue(json, MatchModel.class);
            if (model.version() != MatchModel.VERSION) {
                throw new IllegalArgumentException("match model version " + model.version() + " is not supported; expected "
                        + MatchModel.VERSION);
            }
            return model;
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException bad ? bad : e;
            throw new IllegalArgumentException("not a valid match model: " + cause.getMessage(), e);
        }
    }

    public static void write(MatchModel model, Path file) {
        try {
            Files.writeString(file, write(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write match model " + file, e);
        }
    }

    public static MatchModel read(Path file) {
        try {
            return read(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read match model " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
