/**
 * The demo profile ({@code spring.profiles.active=demo}): three invented agencies (TAX as a CSV export,
 * HEALTH as its own database, BENEFITS as a REST API, plus HOUSING as NDJSON) with a synthetic population,
 * started inside the hub so that one command shows ingest and matching end to end. Nothing here runs in
 * any other profile.
 */
package org.citizenhub.hub.demo;
