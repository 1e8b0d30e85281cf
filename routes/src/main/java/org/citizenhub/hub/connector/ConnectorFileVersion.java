package org.citizenhub.hub.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A connector file as the audit log knows it: the SHA-256 of its bytes (what {@code sha256sum} prints) and,
 * per connector id, a short digest of that connector's entry as written. Digests are taken from the file's
 * text, before any {@code ${env:...}} reference is resolved, so no secret from the environment goes into
 * them; a change of such a variable alone is not a change of the file. {@link #NONE} is a hub without a
 * connector file.
 */
public record ConnectorFileVersion(String sha256, Map<String, String> connectorDigests) {

    /** No connector file. */
    public static final ConnectorFileVersion NONE = new ConnectorFileVersion(null, Map.of());

    static final int DIGEST_LENGTH = 12;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public ConnectorFileVersion {
        connectorDigests = Collections.unmodifiableMap(new TreeMap<>(connectorDigests));
    }

    /** The version of a file's bytes; entries without a readable id get none (the loader has refused such files). */
    public static ConnectorFileVersion of(byte[] content) {
        Map<String, String> digests = new TreeMap<>();
        for (JsonNode entry : entries(content)) {
            JsonNode id = entry.get("id");
            if (entry.isObject() && id != null && id.isValueNode() && !id.asText().isBlank()) {
                digests.put(id.asText().trim(), sha256(entry.toString().getBytes(StandardCharsets.UTF_8)).substring(0, DIGEST_LENGTH));
            }
        }
        return new ConnectorFileVersion(sha256(content), digests);
    }

    /** What changed from {@code before} to this version: ids added, removed, and kept with a different entry. */
    public Change since(ConnectorFileVersion before) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        connectorDigests.forEach((id, digest) -> {
            String old = before.connectorDigests().get(id);
            if (old == null) {
                added.add(id);
            } else if (!old.equals(digest)) {
                changed.add(id);
            }
        });
        List<String> removed = new ArrayList<>(new TreeSet<>(before.connectorDigests().keySet()));
        removed.removeAll(connectorDigests.keySet());
        return new Change(before, this, added, removed, changed);
    }

    /** Whether the two versions are the same file (the same bytes, or both no file). */
    public boolean sameFileAs(ConnectorFileVersion other) {
        return Objects.equals(sha256, other.sha256);
    }

    /** A change of the connector file; the id lists are sorted. */
    public record Change(ConnectorFileVersion before, ConnectorFileVersion after, List<String> added,
                         List<String> removed, List<String> changed) {

        public Change {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            changed = List.copyOf(changed);
        }
    }

    private static List<JsonNode> entries(byte[] content) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (IOException e) {
            return List.of();
        }
        JsonNode list = root != null && root.isObject() ? root.get("connectors") : root;
        List<JsonNode> entries = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(entries::add);
        }
        return entries;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
