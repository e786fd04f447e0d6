-- Learned story linking (issue 12): each document's link keys, and a term index over stored documents.

-- Title and lead words, names, streets, figures, ages of a document (extractors/linking.py LinkKeys,
-- as prefixed strings); NULL for documents stored before this migration (they link by terms only).
ALTER TABLE story_documents ADD COLUMN keys VARCHAR[];

-- Postings: which stored documents carry a term, and when they were published. A new document's
-- candidates are read from here by its distinctive terms and its date window, so assigning it
-- costs the same whatever the size of the store.
CREATE TABLE story_terms (
    term        VARCHAR NOT NULL,
    doc_id      VARCHAR NOT NULL,
    published   DATE
);

INSERT INTO story_terms SELECT unnest(terms), doc_id, published FROM story_documents;
