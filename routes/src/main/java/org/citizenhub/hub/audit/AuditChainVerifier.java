package org.citizenhub.hub.audit;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Proves the audit chain: walks {@code audit_event} in seq order up to the chain head and checks that the
 * seqs run from 1 without a gap, that each entry names the previous entry's hash, that each entry's content
 * still hashes to its stored hash, and that the head names the last entry. Reads only, in pages, so it runs
 * beside a working hub; entries appended while it runs are left for the next run.
 */
public final class AuditChainVerifier {

    static final int BATCH = 1000;

    private final JdbcClient jdbc;

    public AuditChainVerifier(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public AuditVerification verify() {
        AuditRows.Head head = head();
        long checked = 0;
        long expectedSeq = 1;
        String previousHash = AuditChain.GENESIS;
        List<AuditEntry> batch;
        do {
            batch = jdbc.sql("SELECT " + AuditRows.COLUMNS + " FROM audit_event WHERE seq >= :from AND seq <= :head"
                            + " ORDER BY seq FETCH FIRST " + BATCH + " ROWS ONLY")
                    .param("from", expectedSeq)
                    .param("head", head.seq())
                    .query(AuditRows::entry)
                    .list();
            for (AuditEntry entry : batch) {
                String problem = problem(entry, expectedSeq, previousHash);
                if (problem != null) {
                    return AuditVerification.broken(checked, Math.min(entry.seq(), expectedSeq), problem, head.seq(), head.hash());
                }
                checked++;
                expectedSeq++;
                previousHash = entry.hash();
            }
        } while (batch.size() == BATCH);
        long lastSeq = expectedSeq - 1;
        if (lastSeq < head.seq()) {
            return AuditVerification.broken(checked, expectedSeq, missing(expectedSeq, head.seq())
                    + " (the chain head names entry " + head.seq() + ")", head.seq(), head.hash());
        }
        if (!previousHash.equals(head.hash())) {
            return AuditVerification.broken(checked, head.seq(), "the chain head's hash is not the hash of entry "
                    + head.seq() + ": the head or the entry was rewritten", head.seq(), head.hash());
        }
        // appends move the head in their own transaction, so a committed entry beyond the current head was
        // written around the hub
        AuditRows.Head now = head();
        long beyond = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE seq > :head").param("head", now.seq())
                .query(Long.class).single();
        if (beyond > 0) {
            return AuditVerification.broken(checked, now.seq() + 1, beyond + " entr" + (beyond == 1 ? "y" : "ies")
                    + " after the chain head (seq " + now.seq() + ") were not appended through the hub", head.seq(), head.hash());
        }
        return AuditVerification.intact(checked, head.seq(), head.hash());
    }

    /** Null when the entry is the expected next one, else what is wrong. */
    private static String problem(AuditEntry entry, long expectedSeq, String previousHash) {
        if (entry.seq() != expectedSeq) {
            return missing(expectedSeq, entry.seq() - 1);
        }
        if (!previousHash.equals(entry.prevHash())) {
            return "entry " + entry.seq() + " does not follow " + (entry.seq() == 1 ? "the start of the chain"
                    : "entry " + (entry.seq() - 1)) + " (its previous hash differs): entries were reordered, replaced or rewritten";
        }
        if (!AuditChain.hash(entry).equals(entry.hash())) {
            return "entry " + entry.seq() + " was changed after it was written (its content does not match its hash)";
        }
        return null;
    }

    private static String missing(long from, long to) {
        return from == to ? "entry " + from + " is missing" : "entries " + from + " to " + to + " are missing";
    }

    private AuditRows.Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1").query(AuditRows::head).single();
    }
}
