package org.citizenhub.hub.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Patient;

/**
 * HAPI FHIR's own R4 parser (strict: an unknown element fails) and instance validator, built once per test
 * JVM (loading the R4 definitions takes seconds). What a real FHIR client would accept.
 */
public final class HapiR4 {

    private static final FhirContext CONTEXT = FhirContext.forR4();
    private static volatile FhirValidator validator;

    private HapiR4() {
    }

    public static Patient parsePatient(String json) {
        return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(Patient.class, json);
    }

    /** The validator's errors and fatal findings, as "location: message" lines; empty when the resource is valid. */
    public static List<String> errors(String json) {
        return validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(HapiR4::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }

    private static FhirValidator validator() {
        FhirValidator current = validator;
        if (current == null) {
            synchronized (HapiR4.class) {
                current = validator;
                if (current == null) {
                    ValidationSupportChain chain = new ValidationSupportChain(
                            new DefaultProfileValidationSupport(CONTEXT),
                            new InMemoryTerminologyServerValidationSupport(CONTEXT),
                            new CommonCodeSystemsTerminologyService(CONTEXT),
                            new SnapshotGeneratingValidationSupport(CONTEXT));
                    current = CONTEXT.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
                    validator = current;
                }
            }
        }
        return current;
    }
}
