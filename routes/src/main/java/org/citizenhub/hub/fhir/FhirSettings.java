package org.citizenhub.hub.fhir;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The identifier systems the Patient uses. {@code nationalIdSystem} is the URI of the national id
 * ({@code hub.fhir.national-id-system}); {@code identifierSystems} maps a source's own identifier system name
 * ("nhs") to its URI ({@code hub.fhir.identifier-systems.nhs: https://fhir.nhs.uk/Id/nhs-number}). A system
 * that is neither mapped nor a URI becomes {@code urn:citizen-hub:identifier:<name>}, since FHIR requires a URI.
 */
public record FhirSettings(String nationalIdSystem, Map<String, String> identifierSystems) {

    public static final String DEFAULT_NATIONAL_ID_SYSTEM = "urn:citizen-hub:national-id";
    public static final String SOURCE_SYSTEM_PREFIX = "urn:citizen-hub:source:";
    private static final String IDENTIFIER_SYSTEM_PREFIX = "urn:citizen-hub:identifier:";
    private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
    private static final Pattern NOT_URN_SAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    public FhirSettings {
        nationalIdSystem = nationalIdSystem == null || nationalIdSystem.isBlank() ? DEFAULT_NATIONAL_ID_SYSTEM : nationalIdSystem.trim();
        if (!ABSOLUTE_URI.matcher(nationalIdSystem).matches()) {
            throw new IllegalArgumentException("hub.fhir.national-id-system must be an absolute URI (e.g. urn:oid:... or https://...)");
        }
        Map<String, String> systems = new LinkedHashMap<>();
        if (identifierSystems != null) {
            identifierSystems.forEach((name, uri) -> {
                if (uri == null || !ABSOLUTE_URI.matcher(uri.trim()).matches()) {
                    throw new IllegalArgumentException("hub.fhir.identifier-systems." + name + " must be an absolute URI");
                }
                systems.put(name.toLowerCase(Locale.ROOT), uri.trim());
            });
        }
        identifierSystems = Map.copyOf(systems);
    }

    public static FhirSettings defaults() {
        return new FhirSettings(DEFAULT_NATIONAL_ID_SYSTEM, Map.of());
    }

    /** The URI for an identifier system as a source named it. */
    public String identifierSystem(String system) {
        String mapped = identifierSystems.get(system.trim().toLowerCase(Locale.ROOT));
        if (mapped != null) {
            return mapped;
        }
        if (ABSOLUTE_URI.matcher(system.trim()).matches()) {
            return system.trim();
        }
        return IDENTIFIER_SYSTEM_PREFIX + urnPart(system);
    }

    /** The system of the identifier that names a source record: {@code urn:citizen-hub:source:<source>}. */
    public String sourceSystem(String sourceId) {
        return SOURCE_SYSTEM_PREFIX + urnPart(sourceId);
    }

    private static String urnPart(String text) {
        String part = NOT_URN_SAFE.matcher(text.trim()).replaceAll("-");
        return part.isEmpty() ? "unnamed" : part;
    }
}
