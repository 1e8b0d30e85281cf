-- Search keys now include name pairs (family with given name, each name with date of birth or postcode),
-- so that a search in a large population reads a few rows rather than every record sharing a common
-- name. Emptying the table makes the hub rebuild every record's keys at its next start
-- (SearchIndexBackfill), in batches under the ingest lock.
TRUNCATE TABLE search_key;
