package org.citizenhub.hub.profile;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One value of the {@code profiles} map: either a live citizen's profile document (UTF-8 JSON, written once
 * when the profile is built and served as it is), or, for a citizen id that was merged into another, the
 * id it redirects to. Kept as bytes so a read costs no serialisation.
 */
public record ProfileEntry(String mergedInto, byte[] json) {

    public ProfileEntry {
        if ((mergedInto == null) == (json == null)) {
            throw new IllegalArgumentException("a profile entry is either a profile or a redirect");
        }
    }

    public static ProfileEntry profile(byte[] json) {
        return new ProfileEntry(null, Objects.requireNonNull(json, "json"));
    }

    public static ProfileEntry redirect(String survivorId) {
        return new ProfileEntry(Objects.requireNonNull(survivorId, "survivorId"), null);
    }

    public boolean isRedirect() {
        return mergedInto != null;
    }

    /** The document as text (for tests and tools; it holds personal data, so never for logs). */
    public String jsonText() {
        return json == null ? null : new String(json, StandardCharsets.UTF_8);
    }
}
