-- The index for "every access to this citizen" leads with the entry's block (seq / 65536) instead of the
-- citizen id. Led by the citizen id, every append went to a random page of an index as large as the log;
-- led by the block, appends touch only the current block's pages. A citizen query probes once per block,
-- through audit_block (one row per block). See AuditLog.
CREATE TABLE audit_block (
    block BIGINT NOT NULL PRIMARY KEY
);
ALTER TABLE audit_event ADD COLUMN seq_block BIGINT;
UPDATE audit_event SET seq_block = seq / 65536;
ALTER TABLE audit_event ALTER COLUMN seq_block SET NOT NULL;
INSERT INTO audit_block (block) SELECT DISTINCT seq_block FROM audit_event;
DROP INDEX IF EXISTS ix_audit_event_citizen;
CREATE INDEX ix_audit_event_citizen ON audit_event (seq_block, citizen_id, seq);
