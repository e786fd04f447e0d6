-- Whether the key's document says whoever did it died ("the gunman then shot himself"): its
-- toll of the dead or of people shot may count them or not (extractors/change_model.py).
-- Keys stored before this say false, as they were compared before.
ALTER TABLE claim_keys ADD COLUMN perpetrator_died BOOLEAN NOT NULL DEFAULT false;
