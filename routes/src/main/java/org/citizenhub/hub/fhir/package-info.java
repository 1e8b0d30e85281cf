/**
 * The profile as a FHIR R4 {@code Patient}, for partners that speak FHIR ({@code Accept: application/fhir+json}).
 * Written by hand with Jackson from the profile document, so the application carries no FHIR library; the
 * tests parse and validate the output with HAPI FHIR's own R4 parser and validator.
 */
package org.citizenhub.hub.fhir;
