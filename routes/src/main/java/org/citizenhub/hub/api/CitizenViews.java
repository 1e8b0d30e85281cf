package org.citizenhub.hub.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;
import org.citizenhub.core.record.RecordKey;
import org.citizenhub.hub.fhir.FhirPatientWriter;
import org.citizenhub.hub.profile.ProfileSource;
import org.citizenhub.hub.profile.ResolvedProfile;
import org.springframework.stereotype.Component;

/**
 * Finds profiles (in the Hazelcast maps; a miss loads from the database) and renders them: the profile
 * document as stored, with the redirect named when the id asked for was merged away, or a FHIR Patient.
 */
@Component
class CitizenViews {

    private final ProfileSource profiles;
    private final FhirPatientWriter fhir;
    private final ObjectMapper json = new ObjectMapper();

    CitizenViews(ProfileSource profiles, FhirPatientWriter fhir) {
        this.profiles = profiles;
        this.fhir = fhir;
    }

    Optional<CitizenView> byId(String requestedId) {
        return profiles.resolve(requestedId).map(CitizenViews::view);
    }

    Optional<CitizenView> byRecord(RecordKey key) {
        return profiles.resolve(key).map(CitizenViews::view);
    }

    /** The profile document; with {@code requestedId} and {@code mergedInto} after {@code id} for a redirect. */
    byte[] json(CitizenView view) throws IOException {
        if (!view.isRedirected()) {
            return view.profile();
        }
        JsonNode stored = json.readTree(view.profile());
        ObjectNode answer = json.createObjectNode();
        answer.put("id", view.id());
        answer.put("requestedId", view.requestedId());
        answer.put("mergedInto", view.mergedInto());
        stored.properties().forEach(field -> {
            if (!answer.has(field.getKey())) {
                answer.set(field.getKey(), field.getValue());
            }
        });
        return json.writeValueAsBytes(answer);
    }

    /** The profile as a FHIR R4 Patient (the survivor's, for a merged id: its {@code link} names the merged ids). */
    byte[] fhir(CitizenView view) {
        return fhir.write(view.profile());
    }

    private static CitizenView view(ResolvedProfile found) {
        return found.isRedirected()
                ? new CitizenView(found.citizenId(), found.requestedId(), found.citizenId(), found.json())
                : new CitizenView(found.citizenId(), null, null, found.json());
    }
}
