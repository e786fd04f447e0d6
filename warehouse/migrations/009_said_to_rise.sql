-- Whether the key's report says its figure rose ("the toll has risen to 5", "seven have now
-- died"): a rise across days so told is flagged whatever the change model's floor
-- (extractors/change_model.py). Keys stored before this say false.
ALTER TABLE claim_keys ADD COLUMN said_to_rise BOOLEAN NOT NULL DEFAULT false;
