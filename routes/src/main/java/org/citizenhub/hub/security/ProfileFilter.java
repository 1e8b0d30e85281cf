package org.citizenhub.hub.security;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Data minimisation for partners: a copy of a profile document with only the fields their scopes name. The
 * document's own ids and dates stay; {@code fields} and {@code conflicts} keep the allowed fields only (and
 * {@code hasConflicts} says whether any is left); the linked records keep source, record id and state, and
 * only with the identity scope (their canonical fields are personal data of every kind). JSON and FHIR are
 * both written from the filtered document.
 * <p>
 * Every partner read goes through here, so the document is copied token by token, not built as a tree: a
 * tree of a profile cost more than everything else a read allocates.
 */
public final class ProfileFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();
    private static final Set<String> RECORD_KEYS = Set.of("source", "recordId", "state");

    private ProfileFilter() {
    }

    public static byte[] forScopes(byte[] profile, Set<ProfileScope> scopes) {
        Set<String> allowed = new HashSet<>();
        scopes.forEach(scope -> allowed.addAll(scope.fields()));
        boolean withRecords = scopes.contains(ProfileScope.IDENTITY);
        ByteArrayOutputStream out = new ByteArrayOutputStream(profile.length);
        try (JsonParser in = FACTORY.createParser(profile); JsonGenerator gen = FACTORY.createGenerator(out)) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a profile is a JSON object");
            }
            gen.writeStartObject();
            boolean conflictsSeen = false;
            boolean recordsSeen = false;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String name = in.currentName();
                in.nextToken();
                switch (name) {
                    case "fields" -> copyMembers(in, gen, name, allowed);
                    case "conflicts" -> {
                        copyConflicts(in, gen, allowed);
                        conflictsSeen = true;
                    }
                    case "hasConflicts" -> in.skipChildren(); // written after the filtered conflicts
                    case "records" -> {
                        copyRecords(in, gen, withRecords);
                        recordsSeen = true;
                    }
                    default -> {
                        gen.writeFieldName(name);
                        gen.copyCurrentStructure(in);
                    }
                }
            }
            if (!conflictsSeen) {
                gen.writeArrayFieldStart("conflicts");
                gen.writeEndArray();
                gen.writeBooleanField("hasConflicts", false);
            }
            if (!recordsSeen) {
                gen.writeArrayFieldStart("records");
                gen.writeEndArray();
            }
            gen.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a stored profile is always a JSON object", e);
        }
        return out.toByteArray();
    }

    /** An object with only the members named in {@code kept} (any other value: an empty object). */
    private static void copyMembers(JsonParser in, JsonGenerator gen, String name, Set<String> kept) throws IOException {
        gen.writeFieldName(name);
        if (in.currentToken() == JsonToken.START_OBJECT) {
            copyObject(in, gen, kept);
        } else {
            in.skipChildren();
            gen.writeStartObject();
            gen.writeEndObject();
        }
    }

    /** The object the parser is at, with only the members named in {@code kept}. */
    private static void copyObject(JsonParser in, JsonGenerator gen, Set<String> kept) throws IOException {
        gen.writeStartObject();
        while (in.nextToken() == JsonToken.FIELD_NAME) {
            String member = in.currentName();
            in.nextToken();
            if (kept.contains(member)) {
                gen.writeFieldName(member);
                gen.copyCurrentStructure(in);
            } else {
                in.skipChildren();
            }
        }
        gen.writeEndObject();
    }

    /** The conflicts about allowed fields, then {@code hasConflicts}. Each conflict is small: read as a tree. */
    private static void copyConflicts(JsonParser in, JsonGenerator gen, Set<String> allowed) throws IOException {
        gen.writeArrayFieldStart("conflicts");
        boolean any = false;
        if (in.currentToken() == JsonToken.START_ARRAY) {
            while (in.nextToken() != JsonToken.END_ARRAY) {
                JsonNode conflict = JSON.readTree(in);
                if (allowed.contains(conflict.path("field").asText())) {
                    JSON.writeTree(gen, conflict);
                    any = true;
                }
            }
        } else {
            in.skipChildren();
        }
        gen.writeEndArray();
        gen.writeBooleanField("hasConflicts", any);
    }

    /** With the identity scope, each record's source, record id and state; otherwise an empty list. */
    private static void copyRecords(JsonParser in, JsonGenerator gen, boolean withRecords) throws IOException {
        gen.writeArrayFieldStart("records");
        if (withRecords && in.currentToken() == JsonToken.START_ARRAY) {
            while (in.nextToken() != JsonToken.END_ARRAY) {
                if (in.currentToken() == JsonToken.START_OBJECT) {
                    copyObject(in, gen, RECORD_KEYS);
                } else {
                    in.skipChildren();
                }
            }
        } else {
            in.skipChildren();
        }
        gen.writeEndArray();
    }
}
