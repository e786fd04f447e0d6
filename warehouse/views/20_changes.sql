-- Flagged figure changes with both sides spelled out.
CREATE OR REPLACE VIEW changed_figures AS
SELECT f.change_id, f.change_kind, f.quantity_key, f.story_id, f.reason, f.flagged_at, f.run_id,
       a.doc_id AS a_doc, a.text AS a_text, a.low AS a_low, a.high AS a_high, a.source AS a_source,
       a.published AS a_published, a.sentence AS a_sentence, a.counted AS a_counted, a.event AS a_event,
       b.doc_id AS b_doc, b.text AS b_text, b.low AS b_low, b.high AS b_high, b.source AS b_source,
       b.published AS b_published, b.sentence AS b_sentence, b.counted AS b_counted, b.event AS b_event
FROM figure_changes f
JOIN claims a ON a.claim_id = f.a_claim_id
JOIN claims b ON b.claim_id = f.b_claim_id;
