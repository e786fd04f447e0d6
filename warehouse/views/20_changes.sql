-- Flagged figure changes with both sides spelled out: figures, sources, dates, sentences.
CREATE OR REPLACE VIEW changed_figures AS
SELECT f.change_id, f.change_kind, f.story_id, s.name AS story, f.quantity, f.quantity_key, f.reason,
       f.confidence, f.flagged_at, f.run_id,
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

-- One row per story and quantity that has flags: its figures in date order, each with its
-- source and date, the kinds of change and the highest confidence. What an analyst reads
-- first; changed_figures holds every pair behind it.
CREATE OR REPLACE VIEW figure_timelines AS
WITH flagged AS (
    SELECT story_id, quantity_key, arg_max(quantity, flagged_at) AS quantity,
           list(DISTINCT change_kind ORDER BY change_kind) AS kinds, count(*) AS flags,
           max(confidence) AS confidence, max(flagged_at) AS last_flagged,
           list(DISTINCT a_claim_id) || list(DISTINCT b_claim_id) AS ids
    FROM figure_changes GROUP BY story_id, quantity_key
),
reports AS (
    SELECT fl.story_id, fl.quantity_key, c.claim_id, c.text, c.low, c.high, c.published, c.doc_id,
           coalesce(outlet(c.source, a.site_name, a.url), c.doc_id[:12]) AS who,
           a.title, a.url
    FROM flagged fl
    CROSS JOIN LATERAL (SELECT DISTINCT unnest(fl.ids) AS claim_id) u
    JOIN claims c ON c.claim_id = u.claim_id
    LEFT JOIN articles a ON a.doc_id = c.doc_id
)
SELECT fl.story_id, coalesce(s.name, fl.story_id) AS story, fl.quantity, fl.quantity_key, fl.kinds, fl.flags,
       fl.confidence, fl.last_flagged,
       min(r.published) AS first_published, max(r.published) AS last_published,
       string_agg(r.text || ' (' || r.who || ', ' || coalesce(CAST(r.published AS VARCHAR), 'undated') || ')',
                  ' → ' ORDER BY r.published NULLS FIRST, r.claim_id) AS figures,
       list({'text': r.text, 'low': r.low, 'high': r.high, 'published': r.published, 'source': r.who,
             'doc': r.doc_id, 'title': r.title, 'url': r.url} ORDER BY r.published NULLS FIRST, r.claim_id) AS reports
FROM flagged fl
JOIN reports r USING (story_id, quantity_key)
LEFT JOIN stories s ON s.story_id = fl.story_id
GROUP BY fl.story_id, s.name, fl.quantity, fl.quantity_key, fl.kinds, fl.flags, fl.confidence, fl.last_flagged
ORDER BY story, quantity;
