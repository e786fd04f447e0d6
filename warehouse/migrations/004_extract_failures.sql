-- A failure inside extraction drops one sentence's figures, not the document (issue 13):
-- the row names the stored document and the sentence's character offsets in its text.
-- Failures of whole inputs leave these columns null.
ALTER TABLE failures ADD COLUMN doc_id VARCHAR;
ALTER TABLE failures ADD COLUMN char_start INTEGER;
ALTER TABLE failures ADD COLUMN char_end INTEGER;
