-- The audit log: who did what to which citizen, when, why and with what outcome. Append-only and
-- tamper-evident: each entry's hash covers its fields and the previous entry's hash, so changing,
-- removing or reordering an entry breaks the chain from there on (AuditChainVerifier finds where).
-- seq is given out by the writer under the chain-head lock, never by a sequence: a gap then always
-- means a removed entry. detail holds ids only; personal data never goes in here (entries cannot be erased).
CREATE TABLE audit_event (
    seq        BIGINT                   NOT NULL PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(200)             NOT NULL,
    actor_role VARCHAR(40)              NOT NULL,
    action     VARCHAR(40)              NOT NULL,
    citizen_id VARCHAR(40)              NULL,
    purpose    VARCHAR(500)             NULL,
    outcome    VARCHAR(20)              NOT NULL,
    detail     VARCHAR(2000)            NULL,
    prev_hash  VARCHAR(64)              NOT NULL,
    hash       VARCHAR(64)              NOT NULL,
    CONSTRAINT ck_audit_event_outcome CHECK (CASE outcome WHEN 'ALLOWED' THEN 1 WHEN 'DENIED' THEN 1 WHEN 'NOT_FOUND' THEN 1 WHEN 'ERROR' THEN 1 ELSE 0 END = 1)
);
-- "every access to this citizen" (subject access requests), and the admin's filters
CREATE INDEX ix_audit_event_citizen ON audit_event (citizen_id, seq);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, seq);
CREATE INDEX ix_audit_event_action ON audit_event (action, seq);
CREATE INDEX ix_audit_event_at ON audit_event (at);

-- The chain head: one row that every append locks (SELECT ... FOR UPDATE), so hub members sharing one
-- database append one at a time and the chain never forks. It also names the last entry, so removing
-- entries from the end is noticed too.
CREATE TABLE audit_chain_head (
    id        INTEGER     NOT NULL PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
