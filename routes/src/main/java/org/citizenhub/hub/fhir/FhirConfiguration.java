package org.citizenhub.hub.fhir;

import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** {@code hub.fhir.*} (checked at start-up: systems must be absolute URIs) and the Patient writer. */
@Configuration(proxyBeanMethods = false)
public class FhirConfiguration {

    @Bean
    FhirSettings fhirSettings(Environment environment) {
        Binder binder = Binder.get(environment);
        String nationalIdSystem = binder.bind("hub.fhir.national-id-system", String.class).orElse(null);
        Map<String, String> systems = binder.bind("hub.fhir.identifier-systems", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        return new FhirSettings(nationalIdSystem, systems);
    }

    @Bean
    FhirPatientWriter fhirPatientWriter(FhirSettings settings) {
        return new FhirPatientWriter(settings);
    }
}
