-- The pair model's facets on each key (extractors/same_quantity.py), a flag's confidence, and
-- which document versions have been keyed (so a run keys whatever an interrupted run left).
--
-- Keys and flags are derived from the stored claims. The keys of earlier versions lack the new
-- facets, so both are emptied here and rebuilt from the stored claims by the next run.
DELETE FROM change_queue;
DELETE FROM figure_changes;
DELETE FROM claim_keys;

ALTER TABLE claim_keys ADD COLUMN measure VARCHAR NOT NULL DEFAULT '';
ALTER TABLE claim_keys ADD COLUMN event VARCHAR NOT NULL DEFAULT '';
ALTER TABLE claim_keys ADD COLUMN time_key VARCHAR NOT NULL DEFAULT '';
ALTER TABLE claim_keys ADD COLUMN mods VARCHAR[] NOT NULL DEFAULT [];
ALTER TABLE claim_keys ADD COLUMN part BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE claim_keys ADD COLUMN individual BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE claim_keys ADD COLUMN named BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE figure_changes ADD COLUMN confidence DOUBLE;

-- A document version whose claims were keyed (comparable or not): the next runs skip it.
CREATE TABLE keyed_documents (
    doc_id   VARCHAR NOT NULL,
    version  INTEGER NOT NULL
);
