-- The counts kept per task (V9) and the years of each series (V10) were materialized views, refreshed whole after
-- every change of targets or figures: at 1M figures an editor's change waited two seconds on the three refreshes.
-- They become tables that io.cityplan.kpi.TargetStatuses keeps in the transaction of each change, for the series the
-- change noted (table stale_series) and the tasks it noted (table stale_task, below): their rows are counted again,
-- and the other rows stay as they are.
CREATE TABLE target_count_kept AS SELECT * FROM target_count;
DROP MATERIALIZED VIEW target_count;
ALTER TABLE target_count_kept RENAME TO target_count;
CREATE UNIQUE INDEX target_count_key ON target_count (task_id, region_code, target_year) NULLS NOT DISTINCT;

CREATE TABLE target_status_bound_kept AS SELECT * FROM target_status_bound;
DROP MATERIALIZED VIEW target_status_bound;
ALTER TABLE target_status_bound_kept RENAME TO target_status_bound;
CREATE UNIQUE INDEX target_status_bound_key ON target_status_bound (task_id, status, year) NULLS NOT DISTINCT;

CREATE TABLE series_year_kept AS SELECT * FROM series_year;
DROP MATERIALIZED VIEW series_year;
ALTER TABLE series_year_kept RENAME TO series_year;
CREATE UNIQUE INDEX series_year_key ON series_year (scope, indicator_code, form, year);
CREATE INDEX series_year_of_indicator_idx ON series_year (indicator_code, recency);
CREATE INDEX series_year_scope_year_idx ON series_year (scope, year) INCLUDE (figures);

-- The tasks whose targets changed since their counts were last kept (null: the targets of no task). The series of
-- those targets are noted too (stale_series), but a target removed no longer says which task it was of.
CREATE TABLE stale_task (task_id text);
CREATE UNIQUE INDEX stale_task_key ON stale_task (task_id) NULLS NOT DISTINCT;

CREATE FUNCTION note_stale_task() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO stale_task SELECT DISTINCT task_id FROM new_rows ON CONFLICT DO NOTHING;
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO stale_task SELECT DISTINCT task_id FROM old_rows ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER target_task_inserted AFTER INSERT ON target REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_stale_task();
CREATE TRIGGER target_task_updated AFTER UPDATE ON target REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_stale_task();
CREATE TRIGGER target_task_deleted AFTER DELETE ON target REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION note_stale_task();

ANALYZE target_count, target_status_bound, series_year;
