/**
 * Sub-commands that make the secrets the configuration stores, without starting the hub:
 * {@code hash-password} (a bcrypt hash for {@code hub.security.users[].password-hash}) and
 * {@code hash-api-key} (a new partner key and its SHA-256 for {@code hub.security.partners[].key-hash}).
 */
package org.citizenhub.hub.security.cli;
