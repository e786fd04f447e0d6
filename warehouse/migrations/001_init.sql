-- Core tables. No PRIMARY KEY / UNIQUE constraints on purpose: DuckDB cannot ALTER
-- a table that carries an index, and later migrations must be able to add columns.
-- Uniqueness is kept by the loader (anti-joins inside one transaction per batch,
-- under the run lock), and checked by tests.

CREATE TABLE runs (
    run_id       VARCHAR NOT NULL,
    flow_run_id  VARCHAR,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ,
    sources      VARCHAR[],
    status       VARCHAR NOT NULL,          -- running | completed | failed
    inputs       INTEGER DEFAULT 0,         -- documents seen
    stored       INTEGER DEFAULT 0,         -- new documents or versions written
    unchanged    INTEGER DEFAULT 0,         -- skipped: same content hash as stored
    failures     INTEGER DEFAULT 0,
    claims       INTEGER DEFAULT 0,
    changes      INTEGER DEFAULT 0
);

-- One row per stored version of a document; a re-fetch whose text changed adds a version.
CREATE TABLE documents (
    doc_id        VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    input         VARCHAR NOT NULL,         -- path, path#line or URL it came from
    url           VARCHAR,
    title         VARCHAR,
    author        VARCHAR,
    site_name     VARCHAR,
    published     DATE,
    fetched_at    TIMESTAMPTZ NOT NULL,
    content_type  VARCHAR NOT NULL,         -- html | text
    raw_hash      VARCHAR NOT NULL,         -- sha256 of the input bytes as read (a .gz file still compressed)
    content_hash  VARCHAR NOT NULL,         -- sha256 of the clean text
    text          VARCHAR NOT NULL,         -- clean text: every offset points here
    etag          VARCHAR,
    last_modified VARCHAR,
    run_id        VARCHAR NOT NULL
);

-- The raw input, gzip-compressed, kept apart so SELECT * on documents stays light.
CREATE TABLE document_raw (
    doc_id   VARCHAR NOT NULL,
    version  INTEGER NOT NULL,
    raw_gz   BLOB NOT NULL
);

CREATE TABLE quantities (
    doc_id      VARCHAR NOT NULL,
    version     INTEGER NOT NULL,
    char_start  INTEGER NOT NULL,
    char_end    INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    low         DOUBLE,
    high        DOUBLE,
    qualifier   VARCHAR NOT NULL,
    kind        VARCHAR NOT NULL,
    unit        VARCHAR
);

CREATE TABLE claims (
    claim_id        VARCHAR NOT NULL,       -- doc_id:version:char_start
    doc_id          VARCHAR NOT NULL,
    version         INTEGER NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    low             DOUBLE,
    high            DOUBLE,
    qualifier       VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    unit            VARCHAR,
    counted         VARCHAR,
    event           VARCHAR,
    place           VARCHAR,
    time_text       VARCHAR,
    time_start      DATE,
    time_end        DATE,
    scope           VARCHAR NOT NULL,       -- total | period
    source          VARCHAR,
    modality        VARCHAR NOT NULL,
    sentence        VARCHAR NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    published       DATE,
    run_id          VARCHAR NOT NULL
);

-- Every input that did not become a stored document ends here, with its reason.
CREATE TABLE failures (
    run_id      VARCHAR NOT NULL,
    input       VARCHAR NOT NULL,
    stage       VARCHAR NOT NULL,           -- discover | load | fetch | clean | extract | store
    error_type  VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    failed_at   TIMESTAMPTZ NOT NULL
);
