-- The profile outbox: which citizens a committed change touched, written in the change's own transaction, so
-- that the profile cache (Hazelcast) learns of every committed change even when the member that made it dies
-- between the commit and the cache refresh. The member deletes its rows once the refresh is done; rows left
-- behind are refreshed and deleted by a sweeper on any member (ProfileOutboxSweeper). change_id groups the
-- rows of one change (one insert, one delete); citizen_id '*' stands for every citizen (a batch job: the cache
-- is cleared). Normally near empty: no index beyond the key. Ids only, never personal data.
CREATE TABLE profile_outbox (
    change_id  VARCHAR(40)              NOT NULL,
    citizen_id VARCHAR(40)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (change_id, citizen_id)
);

-- Review items whose record its source deleted: nothing is left to decide, so they close as OBSOLETE (and are
-- reopened if the record is read again and the pair raised anew). Items of records deleted before this version
-- are closed here.
ALTER TABLE review_item DROP CONSTRAINT ck_review_item_status;
ALTER TABLE review_item ADD CONSTRAINT ck_review_item_status CHECK (CASE status WHEN 'OPEN' THEN 1 WHEN 'ACCEPTED' THEN 1 WHEN 'REJECTED' THEN 1 WHEN 'SUPERSEDED' THEN 1 WHEN 'OBSOLETE' THEN 1 ELSE 0 END = 1);
UPDATE review_item SET status = 'OBSOLETE', decided_at = CURRENT_TIMESTAMP
 WHERE status = 'OPEN'
   AND (EXISTS (SELECT 1 FROM source_record s
                 WHERE s.source_id = review_item.source_a AND s.record_id = review_item.record_a AND s.deleted_at IS NOT NULL)
     OR EXISTS (SELECT 1 FROM source_record s
                 WHERE s.source_id = review_item.source_b AND s.record_id = review_item.record_b AND s.deleted_at IS NOT NULL));
