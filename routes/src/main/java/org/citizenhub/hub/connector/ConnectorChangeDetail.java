package org.citizenhub.hub.connector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citizenhub.hub.audit.AuditEvent;

/**
 * The detail of a CONNECTOR_CHANGE audit entry, written for people and read back by the hub at its next
 * start (the log is the only memory of which file ran before):
 * <pre>connector file sha256=&lt;hex&gt;; added=[pension]; removed=[archive]; changed=[tax]; connectors=[health:1a2b3c4d5e6f, ...]</pre>
 * {@code sha256=none} is a hub without a connector file. Ids are letters, digits, '-' and '_' (the loader's
 * rule), so the separators cannot occur in them. When the whole does not fit the detail column, the digest
 * list is left out ({@code connectors=not listed}) and the next start, not knowing them, names every
 * connector as added.
 */
final class ConnectorChangeDetail {

    private static final Pattern SHA = Pattern.compile("^connector file sha256=([0-9a-f]{64}|none);");
    private static final Pattern CONNECTORS = Pattern.compile("; connectors=\\[([^\\]]*)]");
    private static final Pattern DIGEST = Pattern.compile("([A-Za-z0-9_-]+):([0-9a-f]+)");

    private ConnectorChangeDetail() {
    }

    static String format(ConnectorFileVersion.Change change) {
        ConnectorFileVersion after = change.after();
        String head = "connector file sha256=" + (after.sha256() == null ? "none" : after.sha256())
                + "; added=" + change.added() + "; removed=" + change.removed() + "; changed=" + change.changed();
        StringBuilder digests = new StringBuilder();
        after.connectorDigests().forEach((id, digest) ->
                digests.append(digests.isEmpty() ? "" : ", ").append(id).append(':').append(digest));
        String full = head + "; connectors=[" + digests + "]";
        if (full.length() <= AuditEvent.MAX_DETAIL) {
            return full;
        }
        String shorter = head + "; connectors=not listed";
        return shorter.length() <= AuditEvent.MAX_DETAIL ? shorter
                : "connector file sha256=" + (after.sha256() == null ? "none" : after.sha256())
                        + "; added " + change.added().size() + ", removed " + change.removed().size() + ", changed "
                        + change.changed().size() + " connectors (too many to list); connectors=not listed";
    }

    /** The file version a detail names; empty when the detail is not one this class wrote. */
    static Optional<ConnectorFileVersion> parse(String detail) {
        if (detail == null) {
            return Optional.empty();
        }
        Matcher sha = SHA.matcher(detail);
        if (!sha.find()) {
            return Optional.empty();
        }
        Map<String, String> digests = new LinkedHashMap<>();
        Matcher listed = CONNECTORS.matcher(detail);
        if (listed.find()) {
            for (String item : List.of(listed.group(1).split(",\\s*"))) {
                Matcher digest = DIGEST.matcher(item.trim());
                if (digest.matches()) {
                    digests.put(digest.group(1), digest.group(2));
                }
            }
        }
        return Optional.of(new ConnectorFileVersion("none".equals(sha.group(1)) ? null : sha.group(1), digests));
    }
}
