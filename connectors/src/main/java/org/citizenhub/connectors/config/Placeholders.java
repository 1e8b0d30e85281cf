package org.citizenhub.connectors.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the references a string value may hold, so that secrets stay out of connector files:
 * {@code ${env:NAME}} (an environment variable), {@code ${env:NAME:-default}} (with a default when it is
 * not set), {@code ${file:PATH}} (a file's contents, trimmed; PATH relative to the connector file's folder).
 * {@code $${} writes a literal {@code ${}. Errors name the variable or file, never a value.
 */
final class Placeholders {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\$\\{|\\$\\{([^}]*)}");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
    /** The largest file a {@code ${file:...}} reference reads (64 KiB): a secret, not a data file. */
    static final long MAX_FILE_BYTES = 64 * 1024;

    private final Function<String, String> environment;
    private final Path baseDirectory;

    Placeholders(Function<String, String> environment, Path baseDirectory) {
        this.environment = environment;
        this.baseDirectory = baseDirectory;
    }

    /** True when the text holds a reference, so its resolved value must never be shown. */
    static boolean hasReference(String raw) {
        return raw != null && raw.contains("${");
    }

    /** The text with every reference replaced. @throws IllegalArgumentException with the reason */
    String resolve(String raw) {
        if (!hasReference(raw)) {
            return raw;
        }
        if (REFERENCE.matcher(raw).replaceAll("").contains("${")) {
            throw new IllegalArgumentException("unclosed '${'; write ${env:NAME} or ${file:PATH}");
        }
        Matcher m = REFERENCE.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(1) == null ? "${" : lookUp(m.group(1).trim());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String lookUp(String reference) {
        if (reference.startsWith("env:")) {
            return env(reference.substring(4).trim());
        }
        if (reference.startsWith("file:")) {
            return file(reference.substring(5).trim());
        }
        throw new IllegalArgumentException("unknown reference '${" + reference + "}'; write ${env:NAME}, ${env:NAME:-default} or ${file:PATH}");
    }

    private String env(String spec) {
        int dash = spec.indexOf(":-");
        String name = dash < 0 ? spec : spec.substring(0, dash).trim();
        if (!ENV_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an environment variable name");
        }
        String value = environment.apply(name);
        if (value != null) {
            return value;
        }
        if (dash >= 0) {
            return spec.substring(dash + 2);
        }
        throw new IllegalArgumentException("environment variable " + name
                + " is not set (set it, or give a default: ${env:" + name + ":-default})");
    }

    private String file(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("${file:} needs a path");
        }
        Path path = baseDirectory.resolve(name).normalize();
        try {
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                throw new IllegalArgumentException("the file '" + name + "' named by ${file:...} is not a regular file");
            }
            if (Files.exists(path) && Files.size(path) > MAX_FILE_BYTES) {
                throw new IllegalArgumentException("the file '" + name + "' named by ${file:...} is larger than "
                        + MAX_FILE_BYTES + " bytes; it should hold one value, such as a password");
            }
            return Files.readString(path, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the file '" + name + "' named by ${file:...} does not exist (paths are relative to the connector file's folder)");
        } catch (IOException e) {
            throw new IllegalArgumentException("the file '" + name + "' named by ${file:...} cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }
}
