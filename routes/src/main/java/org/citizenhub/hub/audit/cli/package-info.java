/**
 * The {@code audit-verify} command: proves the audit chain of a hub's store from the command line, without
 * the web application (exit 0 intact, 1 broken, 2 bad arguments, 3 unreadable).
 */
package org.citizenhub.hub.audit.cli;
