-- Search keys now include name pairs (family with given name, each name with date of birth or postcode),
-- so that a search in a large population reads a few rows rather than every record sharing a common
-- name. Every record's keys are rebuilt: the table is emptied, and the hub indexes the stored records at
-- its next start (SearchIndexBackfill), in batches under the ingest lock, until search_index_state says
-- the index is complete. A start that stops half-way resumes where it stopped.
CREATE TABLE search_index_state (
    id       INT     NOT NULL PRIMARY KEY,
    complete BOOLEAN NOT NULL
);
INSERT INTO search_index_state (id, complete) VALUES (1, FALSE);
TRUNCATE TABLE search_key;
