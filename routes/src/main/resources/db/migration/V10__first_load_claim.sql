-- Which member runs the first load (the batch over an empty store) when several members start on one database:
-- the one that holds this single row. A member claims it when nobody holds it or the holder's lease has run out
-- (the holder died), renews lease_until while it loads and empties the row when done; members that find a live
-- holder wait for it. Times are the database's own clock. holder names a process and host, never a citizen.
CREATE TABLE first_load_claim (
    id          INTEGER                  NOT NULL PRIMARY KEY,
    holder      VARCHAR(200),
    claimed_at  TIMESTAMP WITH TIME ZONE,
    lease_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_first_load_claim_one_row CHECK (id = 1)
);
INSERT INTO first_load_claim (id) VALUES (1);
