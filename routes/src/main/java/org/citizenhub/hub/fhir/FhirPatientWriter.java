package org.citizenhub.hub.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.regex.Pattern;
import org.citizenhub.core.normalise.NationalIds;

/**
 * Writes a FHIR R4 {@code Patient} from a profile document (see {@code ProfileDocument}): the preferred
 * national id and every other identifier, each linked source record as an identifier of its source, the
 * names (preferred official name first), gender, the (possibly partial) date of birth, addresses, phones and
 * emails, {@code link}s that say which merged ids this patient replaces, and {@code meta.lastUpdated}.
 * Only values the profile holds are written; FHIR forbids empty elements.
 */
public final class FhirPatientWriter {

    /** FHIR's id type: what a {@code Patient/<id>} reference may hold. */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9.-]{1,64}");

    private final ObjectMapper mapper;
    private final FhirSettings settings;

    public FhirPatientWriter(ObjectMapper mapper, FhirSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    public FhirPatientWriter(FhirSettings settings) {
        this(new ObjectMapper(), settings);
    }

    public byte[] write(byte[] profileJson) {
        try {
            return mapper.writeValueAsBytes(patient(mapper.readTree(profileJson)));
        } catch (IOException e) {
            throw new IllegalStateException("a stored profile document is always JSON", e);
        }
    }

    public ObjectNode patient(JsonNode profile) {
        JsonNode fields = profile.path("fields");
        ObjectNode patient = mapper.createObjectNode();
        patient.put("resourceType", "Patient");
        patient.put("id", profile.path("id").asText());
        if (profile.hasNonNull("updatedAt")) {
            patient.putObject("meta").put("lastUpdated", profile.path("updatedAt").asText());
        }
        putIfNotEmpty(patient, "identifier", identifiers(profile, fields));
        patient.put("active", true);
        putIfNotEmpty(patient, "name", FhirNames.names(mapper, fields));
        putIfNotEmpty(patient, "telecom", telecom(fields));
        String gender = gender(fields.path("sex").path("preferred").asText(""));
        if (gender != null) {
            patient.put("gender", gender);
        }
        if (fields.path("dateOfBirth").hasNonNull("preferred")) {
            patient.put("birthDate", fields.path("dateOfBirth").path("preferred").asText());
        }
        putIfNotEmpty(patient, "address", FhirAddresses.addresses(mapper, fields.path("addresses")));
        putIfNotEmpty(patient, "link", links(profile.path("absorbedIds")));
        return patient;
    }

    private ArrayNode identifiers(JsonNode profile, JsonNode fields) {
        ArrayNode identifiers = mapper.createArrayNode();
        String nationalId = fields.path("nationalId").path("preferred").asText("");
        if (!nationalId.isBlank()) {
            // the canonical form ("AB123456C"), whichever way the preferred record wrote it
            String value = NationalIds.valid(nationalId).orElse(nationalId.trim());
            identifiers.addObject().put("use", "official").put("system", settings.nationalIdSystem()).put("value", value);
        }
        for (JsonNode value : fields.path("identifiers").path("values")) {
            String system = value.path("value").path("system").asText("");
            String text = value.path("value").path("value").asText("");
            if (!system.isBlank() && !text.isBlank()) {
                identifiers.addObject().put("system", settings.identifierSystem(system)).put("value", text.trim());
            }
        }
        for (JsonNode record : profile.path("records")) {
            identifiers.addObject().put("use", "secondary")
                    .put("system", settings.sourceSystem(record.path("source").asText()))
                    .put("value", record.path("recordId").asText());
        }
        return identifiers;
    }

    private ArrayNode telecom(JsonNode fields) {
        ArrayNode telecom = mapper.createArrayNode();
        contactPoints(telecom, "phone", fields.path("phones"));
        contactPoints(telecom, "email", fields.path("emails"));
        return telecom;
    }

    private static void contactPoints(ArrayNode telecom, String system, JsonNode field) {
        for (JsonNode value : field.path("values")) {
            String text = value.path("value").asText("");
            if (!text.isBlank()) {
                telecom.addObject().put("system", system).put("value", text.trim());
            }
        }
    }

    private ArrayNode links(JsonNode absorbedIds) {
        ArrayNode links = mapper.createArrayNode();
        for (JsonNode id : absorbedIds) {
            if (FHIR_ID.matcher(id.asText()).matches()) {
                ObjectNode link = links.addObject();
                link.putObject("other").put("reference", "Patient/" + id.asText());
                link.put("type", "replaces");
            }
        }
        return links;
    }

    private static String gender(String sex) {
        return switch (sex) {
            case "FEMALE" -> "female";
            case "MALE" -> "male";
            case "OTHER" -> "other";
            case "UNKNOWN" -> "unknown";
            default -> null;
        };
    }

    private static void putIfNotEmpty(ObjectNode node, String field, ArrayNode array) {
        if (!array.isEmpty()) {
            node.set(field, array);
        }
    }
}
