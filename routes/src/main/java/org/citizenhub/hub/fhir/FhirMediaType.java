package org.citizenhub.hub.fhir;

import java.util.Locale;

/** Content negotiation between the hub's JSON and FHIR JSON, by the request's {@code Accept} header. */
public final class FhirMediaType {

    public static final String FHIR_JSON = "application/fhir+json";
    /** The DSTU2-era name some FHIR clients still send. */
    private static final String LEGACY_FHIR_JSON = "application/json+fhir";

    private FhirMediaType() {
    }

    /** True when the caller asks for FHIR JSON at least as much as for plain JSON. */
    public static boolean preferred(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double fhir = 0;
        double json = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            if (type.equals(FHIR_JSON) || type.equals(LEGACY_FHIR_JSON)) {
                fhir = Math.max(fhir, quality);
            } else if (type.equals("application/json")) {
                json = Math.max(json, quality);
            }
        }
        return fhir > 0 && fhir >= json;
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
