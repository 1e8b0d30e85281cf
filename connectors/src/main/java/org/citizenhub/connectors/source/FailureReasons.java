package org.citizenhub.connectors.source;

import java.io.IOException;
import java.sql.SQLException;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Says why a run failed in one line for the admin, from the most telling exception in the cause chain
 * (Camel wraps what a split or a loop throws).
 */
final class FailureReasons {

    private FailureReasons() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SourceException) {
                return t.getMessage();
            }
            if (t instanceof HttpOperationFailedException http) {
                return "HTTP " + http.getStatusCode() + " from GET " + http.getUri();
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof IOException) {
                return t.getClass().getSimpleName() + ": " + t.getMessage();
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** What may go to a log: our own messages carry no record content; foreign ones might, so only their class. */
    static String loggable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SourceException || t instanceof HttpOperationFailedException) {
                return describe(t);
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName();
    }
}
