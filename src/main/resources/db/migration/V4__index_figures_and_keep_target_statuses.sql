-- A figure's scope as one value, so that a series (an indicator at one scope in one form) is three columns an index
-- can hold. Exactly one of the scope columns is set (target_one_scope, observation_one_scope).
ALTER TABLE target ADD COLUMN scope text NOT NULL
    GENERATED ALWAYS AS (coalesce('R' || region_code, 'P' || park_code, 'J' || project_code)) STORED;
ALTER TABLE observation ADD COLUMN scope text NOT NULL
    GENERATED ALWAYS AS (coalesce('R' || region_code, 'P' || park_code, 'J' || project_code)) STORED;

-- Every order the API offers, and every list a relationship field pages, is an index scan. Text sorts bytewise
-- (COLLATE "C") whatever the database's collation, as cursors compare it.
DROP INDEX target_indicator_idx, target_region_idx, target_park_idx, target_project_idx, target_task_idx;
CREATE INDEX target_year_order_idx ON target (target_year, code COLLATE "C");
CREATE INDEX target_indicator_order_idx ON target (indicator_code COLLATE "C", code COLLATE "C");
CREATE INDEX target_code_order_idx ON target (code COLLATE "C");
CREATE INDEX target_of_indicator_idx ON target (indicator_code, target_year, code COLLATE "C");
CREATE INDEX target_of_region_idx ON target (region_code, target_year, code COLLATE "C");
CREATE INDEX target_of_park_idx ON target (park_code, target_year, code COLLATE "C");
CREATE INDEX target_of_project_idx ON target (project_code, target_year, code COLLATE "C");
CREATE INDEX target_of_task_idx ON target (task_id, target_year, code COLLATE "C");
CREATE INDEX target_citation_idx ON target (citation_id);
CREATE INDEX target_series_idx ON target (indicator_code, scope, form);

DROP INDEX observation_indicator_idx, observation_region_idx, observation_park_idx, observation_project_idx;
CREATE INDEX observation_year_order_idx ON observation (year, code COLLATE "C");
CREATE INDEX observation_indicator_order_idx ON observation (indicator_code COLLATE "C", code COLLATE "C");
CREATE INDEX observation_code_order_idx ON observation (code COLLATE "C");
CREATE INDEX observation_of_indicator_idx ON observation (indicator_code, year, code COLLATE "C");
CREATE INDEX observation_of_region_idx ON observation (region_code, year, code COLLATE "C");
CREATE INDEX observation_of_park_idx ON observation (park_code, year, code COLLATE "C");
CREATE INDEX observation_of_project_idx ON observation (project_code, year, code COLLATE "C");
CREATE INDEX observation_citation_idx ON observation (citation_id);
CREATE INDEX observation_series_idx ON observation (indicator_code, scope, form, year);

-- A target's status for every as-of year, as spans of years over which it does not change. cityplan judges targets
-- in Java (io.cityplan.kpi.ProgressRule) and keeps the result here, so that PostgreSQL can select and count targets
-- by status; `years` is [from, to) with open ends.
CREATE TABLE target_status (
    target_code text      NOT NULL REFERENCES target ON DELETE CASCADE,
    years       int4range NOT NULL,
    status      text      NOT NULL,
    PRIMARY KEY (target_code, years)
);

-- The series whose figures changed since their targets were last judged. Triggers note them; cityplan judges their
-- targets again and empties the table (io.cityplan.kpi.TargetStatuses).
CREATE TABLE stale_series (
    indicator_code text NOT NULL,
    scope          text NOT NULL,
    form           text NOT NULL,
    PRIMARY KEY (indicator_code, scope, form)
);

CREATE FUNCTION note_stale_series() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO stale_series SELECT DISTINCT indicator_code, scope, form FROM new_rows ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO stale_series SELECT DISTINCT indicator_code, scope, form FROM old_rows ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER target_inserted AFTER INSERT ON target REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_stale_series();
CREATE TRIGGER target_updated AFTER UPDATE ON target REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_stale_series();
CREATE TRIGGER target_deleted AFTER DELETE ON target REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_stale_series();
CREATE TRIGGER observation_inserted AFTER INSERT ON observation REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_stale_series();
CREATE TRIGGER observation_updated AFTER UPDATE ON observation REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_stale_series();
CREATE TRIGGER observation_deleted AFTER DELETE ON observation REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_stale_series();

INSERT INTO stale_series SELECT DISTINCT indicator_code, scope, form FROM target ON CONFLICT DO NOTHING;
