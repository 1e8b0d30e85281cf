package org.citizenhub.hub.audit;

/** Which page of a query: {@code number} from 0, {@code size} from 1 to {@value #MAX_SIZE}. */
public record AuditPage(int number, int size) {

    public static final int MAX_SIZE = 500;

    public AuditPage {
        if (number < 0) {
            throw new IllegalArgumentException("page number must be 0 or more, not " + number);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be from 1 to " + MAX_SIZE + ", not " + size);
        }
    }

    public static AuditPage first(int size) {
        return new AuditPage(0, size);
    }

    long offset() {
        return (long) number * size;
    }
}
