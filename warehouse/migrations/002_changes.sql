-- Stories, same-quantity keys and the figure changes flagged between reports (issue 4).

-- A story: reports of one event. Automatic ones are named after their first document's
-- distinctive words; pinned ones carry the name the user gave.
CREATE TABLE stories (
    story_id    VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    pinned      BOOLEAN NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    run_id      VARCHAR
);

-- Which story each document belongs to, with the terms its similarity is computed from
-- (so new documents are compared without re-reading stored texts).
CREATE TABLE story_documents (
    doc_id      VARCHAR NOT NULL,
    story_id    VARCHAR NOT NULL,
    published   DATE,
    terms       VARCHAR[] NOT NULL,
    weights     DOUBLE[] NOT NULL,
    pinned      BOOLEAN NOT NULL,
    score       DOUBLE,                     -- similarity to the story when it joined; NULL for a story's first doc
    run_id      VARCHAR
);

-- User pins: documents matching a selector always belong to the named story, now and in later runs.
CREATE TABLE story_pins (
    story_id    VARCHAR NOT NULL,
    match_kind  VARCHAR NOT NULL,           -- doc | url | input | url_prefix | input_prefix
    value       VARCHAR NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

-- One row per claim: its same-quantity key (extractors/quantity_keys.py) in its story.
CREATE TABLE claim_keys (
    claim_id       VARCHAR NOT NULL,
    doc_id         VARCHAR NOT NULL,
    version        INTEGER NOT NULL,
    story_id       VARCHAR NOT NULL,
    qkey           VARCHAR NOT NULL,        -- story | measure | event | time | splitting modifiers
    counted_cls    VARCHAR NOT NULL,
    counted_group  VARCHAR NOT NULL,
    names          VARCHAR[] NOT NULL,
    place          VARCHAR[] NOT NULL,
    lo             DOUBLE,                  -- bounds in base units; NULL is open
    hi             DOUBLE,
    tol            DOUBLE NOT NULL,
    source_key     VARCHAR NOT NULL,
    published      DATE,
    label          VARCHAR NOT NULL,
    latest         BOOLEAN NOT NULL         -- false once a newer version of the document is keyed
);

-- Claims keyed but not yet compared: the change pass reads and empties it (incremental).
CREATE TABLE change_queue (
    claim_id    VARCHAR NOT NULL
);

CREATE TABLE figure_changes (
    change_id    VARCHAR NOT NULL,          -- a_claim_id|b_claim_id
    run_id       VARCHAR NOT NULL,
    flagged_at   TIMESTAMPTZ NOT NULL,
    change_kind  VARCHAR NOT NULL,          -- increase | decrease | conflict | refinement | revision
    quantity_key VARCHAR NOT NULL,
    quantity     VARCHAR NOT NULL,          -- the quantity as it reads (the later claim's label)
    story_id     VARCHAR NOT NULL,
    a_claim_id   VARCHAR NOT NULL,          -- the earlier report (or the wider figure, for a refinement)
    b_claim_id   VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL
);
