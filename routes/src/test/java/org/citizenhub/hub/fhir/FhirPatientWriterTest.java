package org.citizenhub.hub.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.citizenhub.core.record.Address;
import org.citizenhub.core.record.Identifier;
import org.citizenhub.core.record.NameUse;
import org.citizenhub.core.record.PartialDate;
import org.citizenhub.core.record.PersonName;
import org.citizenhub.core.record.Sex;
import org.citizenhub.core.record.SourceRecord;
import org.citizenhub.hub.profile.ProfileFixtures;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A rich profile written as a Patient, parsed by HAPI's strict R4 parser and validated by HAPI's validator. */
class FhirPatientWriterTest {

    private ProfileFixtures.Fixture fixture;
    private final FhirPatientWriter writer = new FhirPatientWriter(new FhirSettings("urn:oid:2.16.840.1.113883.2.1.4.1",
            Map.of("nhs", "https://fhir.nhs.uk/Id/nhs-number")));

    @BeforeEach
    void store() {
        fixture = ProfileFixtures.open("fhir-writer");
    }

    @Test
    void aRichProfileIsAValidPatient() {
        // given: one person in three sources, one of them merged in later, with every kind of field
        String survivor = fixture.store().sink().ingest(SourceRecord.builder("tax", "T1")
                .name(new PersonName("Dr", "Ann", List.of("Marie"), "Lee", null, NameUse.OFFICIAL))
                .otherName(PersonName.of("Ann", "Smith").withUse(NameUse.MAIDEN))
                .dateOfBirth(PartialDate.parse("1980-05")).sex(Sex.FEMALE).nationalId("AB123456C")
                .identifier(new Identifier("nhs", "943 476 5919"))
                .address(Address.current(List.of("1 High Street"), "Leeds", "LS1 1AA"))
                .address(new Address(List.of("9 Old Road"), "York", "YO1 7HH", Address.AddressUse.PAST,
                        LocalDate.parse("2001-01-01"), LocalDate.parse("2010-06-30")))
                .phone("+44 113 496 0000").email("ann.lee@example.org")
                .updatedAt(Instant.parse("2024-03-01T10:00:00Z")).build()).citizenId();
        String absorbed = fixture.store().sink().ingest(SourceRecord.builder("health", "H1")
                .name(PersonName.of("Anne", "Lee")).dateOfBirth(PartialDate.parse("1980-05-12")).sex(Sex.FEMALE)
                .identifier(new Identifier("local-mrn", "MRN-77")).email("ANN.LEE@example.org")
                .updatedAt(Instant.parse("2024-04-01T10:00:00Z")).build()).citizenId();
        fixture.store().sink().ingest(SourceRecord.builder("benefits", "B1")
                .name(PersonName.of("Anne", "Lee")).dateOfBirth(PartialDate.parse("1980-05-12")).nationalId("AB 12 34 56 C")
                .build());

        // when
        String json = new String(writer.write(fixture.assembler().entry(survivor).orElseThrow().json()), StandardCharsets.UTF_8);

        // then: HAPI reads it and finds no error
        assertThat(HapiR4.errors(json)).isEmpty();
        Patient patient = HapiR4.parsePatient(json);
        assertThat(patient.getIdPart()).isEqualTo(survivor);
        assertThat(patient.getMeta().getLastUpdated()).isNotNull();
        assertThat(patient.getGender()).isEqualTo(AdministrativeGender.FEMALE);
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1980-05-12");
        assertThat(patient.getIdentifier()).anySatisfy(id -> {
            assertThat(id.getSystem()).isEqualTo("urn:oid:2.16.840.1.113883.2.1.4.1");
            assertThat(id.getValue()).isEqualTo("AB123456C");
        });
        assertThat(patient.getIdentifier()).extracting(id -> id.getSystem() + "|" + id.getValue()).contains(
                "https://fhir.nhs.uk/Id/nhs-number|943 476 5919", "urn:citizen-hub:identifier:local-mrn|MRN-77",
                "urn:citizen-hub:source:tax|T1", "urn:citizen-hub:source:health|H1", "urn:citizen-hub:source:benefits|B1");
        HumanName official = patient.getNameFirstRep();
        assertThat(official.getUse()).isEqualTo(HumanName.NameUse.OFFICIAL);
        assertThat(patient.getName()).anySatisfy(name -> {
            assertThat(name.getUse()).isEqualTo(HumanName.NameUse.MAIDEN);
            assertThat(name.getFamily()).isEqualTo("Smith");
        });
        assertThat(patient.getAddress()).anySatisfy(address -> {
            assertThat(address.getUse()).isEqualTo(org.hl7.fhir.r4.model.Address.AddressUse.OLD);
            assertThat(address.getCity()).isEqualTo("York");
            assertThat(address.getPeriod().getStartElement().getValueAsString()).isEqualTo("2001-01-01");
        });
        assertThat(patient.getAddress()).anySatisfy(address -> {
            assertThat(address.getUse()).isEqualTo(org.hl7.fhir.r4.model.Address.AddressUse.HOME);
            assertThat(address.getPostalCode()).isEqualTo("LS1 1AA");
        });
        assertThat(patient.getTelecom()).extracting(ContactPoint::getSystem)
                .contains(ContactPoint.ContactPointSystem.PHONE, ContactPoint.ContactPointSystem.EMAIL);
        assertThat(patient.getLink()).singleElement().satisfies(link -> {
            assertThat(link.getOther().getReference()).isEqualTo("Patient/" + absorbed);
            assertThat(link.getType().toCode()).isEqualTo("replaces");
        });
    }

    @Test
    void aDateOfBirthKnownOnlyToTheYearIsAValidFhirDate() {
        String id = fixture.store().sink().ingest(SourceRecord.builder("tax", "T9").name(PersonName.of("Bo", "Ray"))
                .dateOfBirth(PartialDate.parse("1975")).sex(Sex.UNKNOWN).build()).citizenId();

        String json = new String(writer.write(fixture.assembler().entry(id).orElseThrow().json()), StandardCharsets.UTF_8);

        assertThat(HapiR4.errors(json)).isEmpty();
        Patient patient = HapiR4.parsePatient(json);
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1975");
        assertThat(patient.getGender()).isEqualTo(AdministrativeGender.UNKNOWN);
        assertThat(patient.hasLink()).isFalse();
    }

    @Test
    void systemsMustBeAbsoluteUris() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FhirSettings("national-id", Map.of()))
                .hasMessageContaining("hub.fhir.national-id-system");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FhirSettings(null, Map.of("nhs", "nhs number")))
                .hasMessageContaining("hub.fhir.identifier-systems.nhs");
        assertThat(FhirSettings.defaults().identifierSystem("Local MRN")).isEqualTo("urn:citizen-hub:identifier:Local-MRN");
    }

    @Test
    void fhirIsChosenOnlyWhenTheCallerPrefersIt() {
        assertThat(FhirMediaType.preferred("application/fhir+json")).isTrue();
        assertThat(FhirMediaType.preferred("application/fhir+json;q=1.0, application/json+fhir;q=0.9")).isTrue();
        assertThat(FhirMediaType.preferred("application/json, application/fhir+json;q=0.5")).isFalse();
        assertThat(FhirMediaType.preferred("application/json")).isFalse();
        assertThat(FhirMediaType.preferred("*/*")).isFalse();
        assertThat(FhirMediaType.preferred(null)).isFalse();
    }
}
