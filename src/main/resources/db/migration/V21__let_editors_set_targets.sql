-- Editors set targets as they record figures (migration V20): a target they set is marked EDITOR, kept across dataset
-- releases, versioned against concurrent corrections, and its changes kept in figure_change.
ALTER TABLE target ADD COLUMN origin text NOT NULL DEFAULT 'DATASET' CHECK (origin IN ('DATASET', 'EDITOR')),
    ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version > 0);
ALTER TABLE figure_change DROP CONSTRAINT figure_change_subject_check,
    ADD CONSTRAINT figure_change_subject_check CHECK (subject IN ('OBSERVATION', 'TARGET', 'DOCUMENT'));
