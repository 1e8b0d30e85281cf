/**
 * The Citizen Hub application: Spring Boot wiring of the store, identity resolution, connectors and the
 * REST facade. Sub-packages are by feature; the store and ingest classes are plain classes so that the
 * batch command can reuse them without the web application.
 */
package org.citizenhub.hub;
