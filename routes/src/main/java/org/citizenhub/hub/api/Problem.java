package org.citizenhub.hub.api;

/** An RFC 9457 problem details body. {@code type} is {@code about:blank}: the status says what kind of problem. */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail);
    }
}
