package org.citizenhub.connectors.config;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.citizenhub.connectors.config.FileSource.FileFormat;

/** Reads a {@code file:} block. */
final class FileSourceReader {

    static final List<String> KEYS = List.of("path", "format", "delimiter", "quote", "encoding");

    private FileSourceReader() {
    }

    static FileSource read(ConfigNode block, Path baseDirectory) {
        block.expectKeys(KEYS);
        ConfigNode pathNode = block.require("path", "the file to read, relative to this connector file");
        Path path = baseDirectory.resolve(pathNode.requireText().trim()).normalize();
        String formatWord = block.get("format").text();
        FileFormat format = formatWord == null ? formatFromExtension(pathNode, path) : format(block.get("format"), formatWord);
        boolean tabs = "tsv".equalsIgnoreCase(String.valueOf(formatWord).trim()) || path.toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
        char delimiter = block.has("delimiter") ? delimiter(block.get("delimiter")) : tabs ? '\t' : ',';
        char quote = block.has("quote") ? singleCharacter(block.get("quote")) : '"';
        return new FileSource(path, format, delimiter, quote, encoding(block.get("encoding")));
    }

    private static FileFormat format(ConfigNode node, String word) {
        return switch (ConfigNode.normalise(word)) {
            case "csv", "tsv", "text", "txt" -> FileFormat.CSV;
            case "ndjson", "jsonl", "jsonlines" -> FileFormat.NDJSON;
            default -> throw node.error(node.shown() + " is not a file format; use csv or ndjson");
        };
    }

    private static FileFormat formatFromExtension(ConfigNode pathNode, Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            return FileFormat.CSV;
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return FileFormat.NDJSON;
        }
        throw pathNode.error("cannot tell the format from the file name; add format: csv or format: ndjson");
    }

    private static char delimiter(ConfigNode node) {
        String text = node.text();
        if (text == null || text.isEmpty()) {
            throw node.error("is empty; write the character in quotes (delimiter: \"|\") or a word: tab, comma, semicolon, pipe, space");
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "\\t", "tab" -> '\t';
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "pipe" -> '|';
            case "space" -> ' ';
            default -> singleCharacter(node);
        };
    }

    private static char singleCharacter(ConfigNode node) {
        String text = node.text();
        if (text == null || text.length() != 1) {
            throw node.error("must be exactly one character (in quotes if it is special in YAML, e.g. \"|\")");
        }
        return text.charAt(0);
    }

    private static Charset encoding(ConfigNode node) {
        String name = node.text();
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw node.error(node.shown() + " is not a known encoding; use e.g. UTF-8, ISO-8859-1, windows-1252");
        }
    }
}
