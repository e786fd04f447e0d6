-- How surely two documents report one event, as the story link model scored them when the later
-- one was assigned (issue 12). A story can chain reports A-B-C that the model would never join
-- directly; a change flag between two documents asks for their own link, not the chain's.
-- Documents stored before this migration have none: their pairs are compared only through pins.
CREATE TABLE story_links (
    doc_id     VARCHAR NOT NULL,  -- the later document, the one being assigned
    other_id   VARCHAR NOT NULL,  -- an earlier document it was scored against
    p          DOUBLE NOT NULL
);

-- Reports naming the same person stay candidates for a year (extractors/stories.py
-- NAME_WINDOW_DAYS): the term index also posts each document's names, as "n:<name>".
INSERT INTO story_terms
SELECT k, doc_id, published FROM (SELECT unnest(keys) AS k, doc_id, published FROM story_documents)
WHERE starts_with(k, 'n:');
