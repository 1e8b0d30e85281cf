package org.citizenhub.hub.audit;

/**
 * What {@link AuditChainVerifier#verify()} found. Intact: every entry from 1 to the chain head links to the one
 * before and hashes to its stored hash; {@code headSeq} and {@code headHash} name the last entry (keep them
 * outside the database to prove later that the log was not rewritten as a whole). Broken: {@code
 * firstBrokenSeq} is the first entry that is missing, changed or out of place, and {@code reason} says which;
 * {@code entriesChecked} counts the good entries before it.
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, String reason,
                                long headSeq, String headHash) {

    static AuditVerification intact(long entriesChecked, long headSeq, String headHash) {
        return new AuditVerification(true, entriesChecked, null, null, headSeq, headHash);
    }

    static AuditVerification broken(long entriesChecked, long seq, String reason, long headSeq, String headHash) {
        return new AuditVerification(false, entriesChecked, seq, reason, headSeq, headHash);
    }
}
