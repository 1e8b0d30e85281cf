package org.citizenhub.connectors.config;

import java.nio.file.Path;

/**
 * A connector file that cannot be used. The message names the file, the key path (for example
 * {@code connectors[1].mapping.dateOfBirth.dateFormats[0]}), its line when known, and the reason; it never
 * quotes a value that came from the environment or a secret file.
 */
public class ConnectorConfigException extends RuntimeException {

    private final transient Path file;
    private final String keyPath;
    private final int line;
    private final String reason;

    public ConnectorConfigException(Path file, String keyPath, int line, String reason) {
        super(format(file, keyPath, line, reason), null, false, false);
        this.file = file;
        this.keyPath = keyPath == null ? "" : keyPath;
        this.line = line;
        this.reason = reason;
    }

    public ConnectorConfigException(Path file, String reason) {
        this(file, "", 0, reason);
    }

    public Path file() {
        return file;
    }

    /** Where in the file, e.g. {@code connectors[0].file.delimiter}; empty for the file as a whole. */
    public String keyPath() {
        return keyPath;
    }

    /** The 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    private static String format(Path file, String keyPath, int line, String reason) {
        StringBuilder out = new StringBuilder().append(file).append(": ");
        if (keyPath != null && !keyPath.isEmpty()) {
            out.append(keyPath);
            if (line > 0) {
                out.append(" (line ").append(line).append(')');
            }
            out.append(": ");
        } else if (line > 0) {
            out.append("line ").append(line).append(": ");
        }
        return out.append(reason).toString();
    }
}
