package org.citizenhub.hub.profile;

/**
 * A profile as found for a request: {@code requestedId} is the id asked for, {@code citizenId} the live
 * citizen it stands for (different when the asked id was merged away), {@code json} its profile document.
 */
public record ResolvedProfile(String requestedId, String citizenId, byte[] json) {

    public boolean isRedirected() {
        return !requestedId.equals(citizenId);
    }
}
