-- The counts kept per task (V9) and the years of each series (V10) were materialized views, refreshed whole after
-- every change of targets or figures: at 1M figures an editor's change waited seconds on the three refreshes. They
-- become tables kept in the transaction of each change: the counts by triggers that add and subtract the rows a
-- statement writes and removes, the years of a series by io.cityplan.kpi.TargetStatuses, which counts again those of
-- the series a change noted (stale_series).
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

-- A status span keeps its target's task, which the bounds are counted by: when a target is removed, its spans go
-- with it (ON DELETE CASCADE) and no longer find it.
ALTER TABLE target_status ADD COLUMN task_id text;
UPDATE target_status s SET task_id = t.task_id FROM target t WHERE t.code = s.target_code;

-- Targets by task, region and target year: the rows a statement removes are subtracted, those it writes added.
CREATE FUNCTION count_targets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE target_count c SET targets = c.targets - o.targets
            FROM (SELECT task_id, region_code, target_year, count(*)::integer AS targets FROM old_rows
                  GROUP BY task_id, region_code, target_year) o
            WHERE c.task_id IS NOT DISTINCT FROM o.task_id AND c.region_code IS NOT DISTINCT FROM o.region_code
            AND c.target_year = o.target_year;
        DELETE FROM target_count WHERE targets = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO target_count (task_id, region_code, target_year, targets)
            SELECT task_id, region_code, target_year, count(*)::integer FROM new_rows
            GROUP BY task_id, region_code, target_year
            ON CONFLICT (task_id, region_code, target_year)
            DO UPDATE SET targets = target_count.targets + excluded.targets;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER target_counted_in AFTER INSERT ON target REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_targets();
CREATE TRIGGER target_counted_again AFTER UPDATE ON target REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_targets();
CREATE TRIGGER target_counted_out AFTER DELETE ON target REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_targets();

-- Where status spans start and end, by task, status and year: as for target_count, the spans a statement removes
-- are subtracted and those it writes added. A span [from, to) starts in from (null: open to the past) and ends in to
-- (unless open to the future).
CREATE FUNCTION bound_status_spans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE target_status_bound t SET starting = t.starting - o.starting, ending = t.ending - o.ending
            FROM (SELECT s.task_id, s.status, b.year, sum(b.starting)::integer AS starting,
                      sum(b.ending)::integer AS ending
                  FROM old_rows s
                  CROSS JOIN LATERAL (VALUES (lower(s.years), 1, 0), (upper(s.years), 0, 1)) AS b (year, starting, ending)
                  WHERE NOT isempty(s.years) AND (b.starting = 1 OR NOT upper_inf(s.years))
                  GROUP BY s.task_id, s.status, b.year) o
            WHERE t.task_id IS NOT DISTINCT FROM o.task_id AND t.status = o.status
            AND t.year IS NOT DISTINCT FROM o.year;
        DELETE FROM target_status_bound WHERE starting = 0 AND ending = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO target_status_bound (task_id, status, year, starting, ending)
            SELECT s.task_id, s.status, b.year, sum(b.starting)::integer, sum(b.ending)::integer
            FROM new_rows s
            CROSS JOIN LATERAL (VALUES (lower(s.years), 1, 0), (upper(s.years), 0, 1)) AS b (year, starting, ending)
            WHERE NOT isempty(s.years) AND (b.starting = 1 OR NOT upper_inf(s.years))
            GROUP BY s.task_id, s.status, b.year
            ON CONFLICT (task_id, status, year) DO UPDATE SET starting = target_status_bound.starting
                + excluded.starting, ending = target_status_bound.ending + excluded.ending;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER target_status_bounded_in AFTER INSERT ON target_status REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bound_status_spans();
CREATE TRIGGER target_status_bounded_again AFTER UPDATE ON target_status
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bound_status_spans();
CREATE TRIGGER target_status_bounded_out AFTER DELETE ON target_status REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bound_status_spans();

ANALYZE target_count, target_status_bound, series_year, target_status;
