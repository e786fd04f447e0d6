-- The counted noun's lemma on each key: two parts of a toll ("three of the victims", "four
-- men") are one quantity only when they count the same noun (extractors/same_quantity.py).
-- Keys stored before this have an empty head, so their parts compare only with each other.
ALTER TABLE claim_keys ADD COLUMN counted_head VARCHAR NOT NULL DEFAULT '';
