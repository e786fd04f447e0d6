-- Analyst views: the stable SQL surface. Re-created on every open for writing.

-- Who says a figure: the cited source, else the outlet's name, else its web host.
CREATE OR REPLACE MACRO outlet(source, site_name, url) AS
    coalesce(source, site_name, nullif(regexp_extract(url, '//(?:www[.])?([^/]+)', 1), ''));

-- The latest version of every document, without the raw input.
CREATE OR REPLACE VIEW articles AS
SELECT doc_id, version, url, title, author, site_name, published, fetched_at,
       content_type, content_hash, length(text) AS chars, input, run_id
FROM documents
QUALIFY version = max(version) OVER (PARTITION BY doc_id);

-- Figure claims of the latest version of each document, with their article.
CREATE OR REPLACE VIEW figures AS
SELECT c.claim_id, c.doc_id, c.version, a.title, a.site_name, a.url,
       c.published, c.text, c.low, c.high, c.qualifier, c.kind, c.unit,
       c.counted, c.event, c.place, c.time_text, c.time_start, c.time_end, c.scope,
       c.source, c.modality, c.sentence, c.char_start, c.char_end, c.run_id
FROM claims c
JOIN articles a ON a.doc_id = c.doc_id AND a.version = c.version;

-- Every input that did not become a document, and every sentence whose figures were
-- dropped because extraction failed on it (doc_id and char_start/char_end set), newest first.
CREATE OR REPLACE VIEW failed_inputs AS
SELECT f.failed_at, f.input, f.stage, f.error_type, f.reason, f.run_id, f.doc_id, f.char_start, f.char_end
FROM failures f
ORDER BY f.failed_at DESC;

-- One line per run.
CREATE OR REPLACE VIEW run_log AS
SELECT run_id, started_at, finished_at, status, inputs, stored, unchanged,
       failures, claims, changes, sources, flow_run_id
FROM runs
ORDER BY started_at DESC;
