-- Editors record figures between dataset releases (io.cityplan.editing). What they record is marked EDITOR, so that
-- loading a release replaces the rows the dataset wrote (DATASET) and keeps theirs; a row's version counts the
-- changes made to it, so that an editor who corrects a figure another has changed since is told so (CONFLICT).
ALTER TABLE source_document ADD COLUMN origin text NOT NULL DEFAULT 'DATASET' CHECK (origin IN ('DATASET', 'EDITOR')),
    ADD COLUMN url text;
ALTER TABLE citation ADD COLUMN origin text NOT NULL DEFAULT 'DATASET' CHECK (origin IN ('DATASET', 'EDITOR'));
ALTER TABLE observation ADD COLUMN origin text NOT NULL DEFAULT 'DATASET' CHECK (origin IN ('DATASET', 'EDITOR')),
    ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0);

-- Every change an editor makes, kept for good: who made it, when, under which request, and the record before and
-- after (null before a figure is recorded and after it is retracted). A client may send the same change again with
-- the same idempotency key (a retry after a lost answer): it gets the change already made, and nothing changes twice.
CREATE TABLE figure_change (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject         text        NOT NULL CHECK (subject IN ('OBSERVATION', 'DOCUMENT')),
    code            text        NOT NULL,
    action          text        NOT NULL CHECK (action IN ('RECORDED', 'CORRECTED', 'RETRACTED', 'REGISTERED')),
    version         integer     NOT NULL,
    actor           text        NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now(),
    request_id      text,
    reason          text,
    before          jsonb,
    after           jsonb,
    idempotency_key text,
    input_hash      text,
    UNIQUE (actor, idempotency_key),
    CHECK ((idempotency_key IS NULL) = (input_hash IS NULL))
);
CREATE INDEX figure_change_subject_idx ON figure_change (subject, code, id);
