-- Tawazun event store schema (DuckDB). Documented table by table in docs/schema.md ("The event store").
--
-- The schema is a list of numbered migrations, applied in order, each in its own transaction; the table
-- schema_version records which ones a store has. A store written by an older Tawazun is brought up to date
-- when it is opened. Never edit a released migration: add a new one at the end.
-- Format: a line "-- migration N: what it does" starts migration N; statements end with ";" at the end of a line.
-- The statements before the first migration run every time a store is opened.

CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    description VARCHAR NOT NULL,
    applied_at  TIMESTAMP NOT NULL
);

-- migration 1: articles, coded mentions and errors
CREATE TABLE articles (
    id           BIGINT PRIMARY KEY,      -- the first 63 bits of content_hash
    content_hash VARCHAR NOT NULL,        -- SHA-256 (hex) of the text, whitespace runs collapsed
    doc_id       VARCHAR NOT NULL,        -- the document id (JSONL id, file name, URL of a feed item or web page)
    url          VARCHAR,
    outlet       VARCHAR,                 -- host name of the URL without "www."
    title        VARCHAR,
    published    DATE,
    language     VARCHAR,                 -- ar, en, ...
    source_path  VARCHAR NOT NULL,        -- where it was read: file, file:line, file#record
    chars        INTEGER NOT NULL,
    sentences    INTEGER NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);

CREATE TABLE mentions (
    id              BIGINT PRIMARY KEY,   -- 63 bits of SHA-256(article id, ordinal)
    article_id      BIGINT NOT NULL,      -- articles.id
    ordinal         INTEGER NOT NULL,     -- n of the event id <doc>#n in the output contract
    lang            VARCHAR,
    type            VARCHAR NOT NULL,     -- PLOVER type
    mode            VARCHAR,
    contexts        VARCHAR NOT NULL,     -- comma-separated PLOVER contexts
    cameo           VARCHAR,
    goldstein       DOUBLE,
    score           DOUBLE,
    quad_class      TINYINT,
    actor_codes     VARCHAR NOT NULL,     -- sorted distinct actor codes joined by '+', '' when none
    recipient_codes VARCHAR NOT NULL,
    actors          VARCHAR NOT NULL,     -- JSON array of actor mentions, as in the output contract
    recipients      VARCHAR NOT NULL,
    modality        VARCHAR NOT NULL,     -- asserted, negated, future, hypothetical
    date            VARCHAR,              -- 2024-06-19, 2024-06, 2024 or 2020s
    date_precision  VARCHAR,              -- day, month, year, decade
    date_source     VARCHAR,              -- text, publication
    date_start      DATE,                 -- first day of the period the date names
    date_end        DATE,                 -- last day of that period
    sentence_index  INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    sentence_text   VARCHAR NOT NULL,
    trigger_text    VARCHAR NOT NULL,
    trigger_start   INTEGER NOT NULL,
    trigger_end     INTEGER NOT NULL,
    pattern         VARCHAR NOT NULL
);

CREATE TABLE errors (
    input      VARCHAR NOT NULL,          -- file, file:line, file#record
    reason     VARCHAR NOT NULL,          -- the one-line message
    first_seen TIMESTAMP NOT NULL,
    last_seen  TIMESTAMP NOT NULL,
    times      INTEGER NOT NULL,          -- how many ingests met it
    PRIMARY KEY (input, reason)
);

-- migration 2: deduplicated events across articles
-- events and event_mentions have no primary-key index: they are rewritten key by key, and DuckDB re-inserts rows
-- into an indexed table slowly after deleting them in the same transaction; ids are unique by construction
CREATE TABLE events (
    id              BIGINT NOT NULL,      -- 63 bits of SHA-256(type, actors, recipients, anchor): same data, same id
    type            VARCHAR NOT NULL,
    actor_codes     VARCHAR NOT NULL,
    recipient_codes VARCHAR NOT NULL,
    anchor          VARCHAR NOT NULL,     -- d:2024-06-19, m:2024-06, y:2024, c:2020s or u:<article id> (undated)
    date            VARCHAR,              -- the event's date at its precision; null when undated
    date_precision  VARCHAR,
    date_start      DATE,
    date_end        DATE,
    cameo           VARCHAR,
    goldstein       DOUBLE,
    quad_class      TINYINT,
    score           DOUBLE,
    num_mentions    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    first_seen      DATE,
    last_seen       DATE,
    added_at        TIMESTAMP NOT NULL,
    languages       VARCHAR NOT NULL,     -- sorted distinct languages joined by '+'
    lead_mention    BIGINT NOT NULL       -- mentions.id of the earliest report
);

CREATE TABLE event_mentions (
    event_id   BIGINT NOT NULL,
    mention_id BIGINT NOT NULL            -- each asserted mention is in exactly one event
);

-- keys (type, actors, recipients) whose events must be recomputed: a work queue (a key may appear more than
-- once), appended in the same transaction as the mentions and emptied by the event refresh, so a crash between
-- the two loses nothing
CREATE TABLE pending_keys (
    type            VARCHAR NOT NULL,
    actor_codes     VARCHAR NOT NULL,
    recipient_codes VARCHAR NOT NULL
);

INSERT INTO pending_keys
SELECT DISTINCT type, actor_codes, recipient_codes FROM mentions WHERE modality = 'asserted';
