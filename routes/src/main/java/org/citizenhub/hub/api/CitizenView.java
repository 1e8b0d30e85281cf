package org.citizenhub.hub.api;

/**
 * A citizen's profile as found for a request. {@code id} is the live citizen; when the id asked for was
 * merged into it, {@code requestedId} is that id and {@code mergedInto} the survivor (both null otherwise).
 * {@code profile} is the stored profile document (UTF-8 JSON), served as it is when there is no redirect.
 */
public record CitizenView(String id, String requestedId, String mergedInto, byte[] profile) {

    public boolean isRedirected() {
        return requestedId != null;
    }
}
