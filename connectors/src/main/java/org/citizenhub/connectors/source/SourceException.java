package org.citizenhub.connectors.source;

/**
 * A connector run cannot read its source (missing file, unusable HTTP page, misconfigured query...). The
 * message is shown to the admin as is: it names the file, page or setting and the problem, never record content.
 */
public class SourceException extends RuntimeException {

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
