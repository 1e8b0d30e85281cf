/**
 * The REST facade under {@code /api/v1}: Camel REST DSL on the Camel servlet inside Spring Boot's web
 * server, JSON in and out, RFC 9457 problem details for every error. Each feature has a small RouteBuilder;
 * parameters are checked ({@link org.citizenhub.hub.api.Params}) before anything is looked up.
 */
package org.citizenhub.hub.api;
