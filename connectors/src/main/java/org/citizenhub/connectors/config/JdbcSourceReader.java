package org.citizenhub.connectors.config;

import java.util.List;

/** Reads a {@code jdbc:} block. */
final class JdbcSourceReader {

    static final List<String> KEYS = List.of("url", "username", "password", "query", "watermarkColumn", "initialWatermark");

    private JdbcSourceReader() {
    }

    static JdbcSource read(ConfigNode block) {
        block.expectKeys(KEYS);
        ConfigNode urlNode = block.require("url", "the JDBC URL of the agency database");
        String url = urlNode.requireText().trim();
        if (!url.startsWith("jdbc:")) {
            throw urlNode.error("a JDBC URL starts with 'jdbc:'");
        }
        ConfigNode queryNode = block.require("query", "the SQL that selects the records");
        String query = queryNode.requireText();
        String watermarkColumn = block.get("watermarkColumn").text();
        if (query.contains(":#watermark") && (watermarkColumn == null || watermarkColumn.isBlank())) {
            throw block.get("watermarkColumn").error("missing required key; the query uses :#watermark, so name the column it compares");
        }
        String initialWatermark = block.get("initialWatermark").text();
        return new JdbcSource(url, block.get("username").text(), block.get("password").text(), query,
                blankToNull(watermarkColumn), initialWatermark);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
