/**
 * The audit log: every profile read, search, link, review decision, connector change and dead-letter replay,
 * with who, when, which citizen, the stated purpose and the outcome. Append-only and tamper-evident: entries
 * form a SHA-256 hash chain ({@link org.citizenhub.hub.audit.AuditChain}), appended under a chain-head row
 * lock so members sharing a database never fork it, and {@link org.citizenhub.hub.audit.AuditChainVerifier}
 * (also {@code java -jar citizen-hub.jar audit-verify}) proves it. Entries hold ids, never personal data.
 */
package org.citizenhub.hub.audit;
