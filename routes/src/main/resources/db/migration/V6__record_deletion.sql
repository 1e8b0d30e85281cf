-- Deletion: a source can say a record is gone (a status column, a deleted flag, a tombstone item). The record
-- is kept, soft-deleted, for provenance and audit (what the hub once showed, and from where): deleted_at is
-- set, its blocking keys and its link are removed, so no match, profile or search sees it. A later read of
-- the same record clears deleted_at and matches it again.
ALTER TABLE source_record ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE NULL;
