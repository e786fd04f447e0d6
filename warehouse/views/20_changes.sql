-- Flagged figure changes with both sides spelled out: figures, sources, dates, sentences.
CREATE OR REPLACE VIEW changed_figures AS
SELECT f.change_id, f.change_kind, f.story_id, s.name AS story, f.quantity, f.quantity_key, f.reason,
       f.flagged_at, f.run_id,
       a.doc_id AS a_doc, a.version AS a_version, a.text AS a_text, a.low AS a_low, a.high AS a_high,
       a.source AS a_source, a.published AS a_published, a.sentence AS a_sentence,
       a.counted AS a_counted, a.event AS a_event, da.url AS a_url,
       b.doc_id AS b_doc, b.version AS b_version, b.text AS b_text, b.low AS b_low, b.high AS b_high,
       b.source AS b_source, b.published AS b_published, b.sentence AS b_sentence,
       b.counted AS b_counted, b.event AS b_event, db.url AS b_url
FROM figure_changes f
JOIN claims a ON a.claim_id = f.a_claim_id
JOIN claims b ON b.claim_id = f.b_claim_id
LEFT JOIN stories s ON s.story_id = f.story_id
LEFT JOIN documents da ON da.doc_id = a.doc_id AND da.version = a.version
LEFT JOIN documents db ON db.doc_id = b.doc_id AND db.version = b.version;

-- Each story with its documents, for analysts checking how reports were grouped.
CREATE OR REPLACE VIEW story_reports AS
SELECT s.story_id, s.name AS story, s.pinned, sd.doc_id, sd.published, sd.score, a.title, a.url, a.site_name
FROM story_documents sd
JOIN stories s USING (story_id)
LEFT JOIN articles a USING (doc_id)
ORDER BY s.story_id, sd.published, sd.doc_id;
