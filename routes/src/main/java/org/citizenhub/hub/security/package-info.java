/**
 * Who may do what: sign-in for caseworkers and admins (form login on the pages, HTTP basic for scripts, or
 * JWTs from an OIDC provider), API keys or client-credentials JWTs for partner systems, the roles each
 * endpoint needs (everything else is denied), partners' purpose, sources, scopes and rate limits, and
 * problem+json answers for 401, 403 and 429. Users and key hashes come from configuration only.
 */
package org.citizenhub.hub.security;
