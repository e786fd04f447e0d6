-- Figure changes flagged between reports (first version; issue 4 refines the keys).
CREATE TABLE figure_changes (
    change_id    VARCHAR NOT NULL,          -- a_claim_id|b_claim_id
    run_id       VARCHAR NOT NULL,
    flagged_at   TIMESTAMPTZ NOT NULL,
    change_kind  VARCHAR NOT NULL,          -- increase | decrease | conflict | refinement | revision
    quantity_key VARCHAR NOT NULL,
    story_id     VARCHAR,
    a_claim_id   VARCHAR NOT NULL,
    b_claim_id   VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL
);
