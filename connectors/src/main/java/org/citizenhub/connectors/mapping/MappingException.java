package org.citizenhub.connectors.mapping;

/**
 * A native record that cannot be mapped. The message is the dead-letter reason: it names the field and
 * the problem, never the personal value. {@code recordId} is null when even the id could not be read.
 */
public class MappingException extends Exception {

    private final String recordId;

    public MappingException(String recordId, String reason) {
        super(reason);
        this.recordId = recordId;
    }

    public String recordId() {
        return recordId;
    }
}
