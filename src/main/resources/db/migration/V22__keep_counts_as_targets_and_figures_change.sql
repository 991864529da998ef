-- The counts kept per task (V9) and the years of each series (V10) were materialized views, refreshed whole after
-- every change of targets or figures: at 1M figures an editor's change waited seconds on the three refreshes. They
-- become tables kept in the transaction of each change: the counts per task by triggers that add the rows a statement
-- writes and subtract those it removes, the years of a series by io.cityplan.kpi.TargetStatuses, which counts again
-- those of the series a change noted (stale_series). Each table is counted afresh here from the rows it counts.
DROP MATERIALIZED VIEW target_count, target_status_bound, series_year;

-- A status span keeps its target's task, by which the bounds are counted: when a target is removed, its spans go
-- with it (ON DELETE CASCADE) and no longer find it.
ALTER TABLE target_status ADD COLUMN task_id text;
UPDATE target_status s SET task_id = t.task_id FROM target t WHERE t.code = s.target_code;

-- Targets by task, region (null for a park's or project's target) and target year.
CREATE TABLE target_count (
    task_id     text,
    region_code text,
    target_year integer NOT NULL,
    targets     integer NOT NULL
);
INSERT INTO target_count SELECT task_id, region_code, target_year, count(*) FROM target
    GROUP BY task_id, region_code, target_year;
CREATE UNIQUE INDEX target_count_key ON target_count (task_id, region_code, target_year) NULLS NOT DISTINCT;
CREATE INDEX target_count_spent_idx ON target_count (targets) WHERE targets <= 0;

-- Where the status spans of each task's targets start and end (year null: a span open to the past); see V9.
CREATE TABLE target_status_bound (
    task_id  text,
    status   text    NOT NULL,
    year     integer,
    starting integer NOT NULL,
    ending   integer NOT NULL
);
INSERT INTO target_status_bound
    SELECT s.task_id, s.status, b.year, sum(b.starting), sum(b.ending) FROM target_status s
    CROSS JOIN LATERAL (VALUES (lower(s.years), 1, 0), (upper(s.years), 0, 1)) AS b (year, starting, ending)
    WHERE NOT isempty(s.years) AND (b.starting = 1 OR NOT upper_inf(s.years))
    GROUP BY s.task_id, s.status, b.year;
CREATE UNIQUE INDEX target_status_bound_key ON target_status_bound (task_id, status, year) NULLS NOT DISTINCT;
CREATE INDEX target_status_bound_spent_idx ON target_status_bound (starting, ending)
    WHERE starting <= 0 OR ending <= 0;

-- The years of each series with figures, most recent first (recency 1), and their number of figures; see V10.
CREATE TABLE series_year (
    scope          text    NOT NULL,
    indicator_code text    NOT NULL,
    form           text    NOT NULL,
    year           integer NOT NULL,
    region_code    text,
    park_code      text,
    project_code   text,
    figures        integer NOT NULL,
    recency        integer NOT NULL,
    PRIMARY KEY (scope, indicator_code, form, year)
);
INSERT INTO series_year
    SELECT scope, indicator_code, form, year, region_code, park_code, project_code, figures,
        dense_rank() OVER (PARTITION BY scope, indicator_code, form ORDER BY year DESC)
    FROM (SELECT scope, indicator_code, form, year, region_code, park_code, project_code, count(*) AS figures
          FROM observation GROUP BY scope, indicator_code, form, year, region_code, park_code, project_code) y;
CREATE INDEX series_year_of_indicator_idx ON series_year (indicator_code, recency);
CREATE INDEX series_year_scope_year_idx ON series_year (scope, year) INCLUDE (figures);

-- The triggers below add to their counts the rows a statement writes (sign 1) and those it removes (sign -1); a count
-- that falls below zero no longer follows its table, and the statement fails rather than keep it.

CREATE FUNCTION count_targets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($sql$
        INSERT INTO target_count (task_id, region_code, target_year, targets)
            SELECT task_id, region_code, target_year, sum(sign) FROM (%s) r
            GROUP BY task_id, region_code, target_year HAVING sum(sign) <> 0
            ON CONFLICT (task_id, region_code, target_year)
            DO UPDATE SET targets = target_count.targets + excluded.targets$sql$, CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT task_id, region_code, target_year, 1 AS sign FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT task_id, region_code, target_year, -1 AS sign FROM old_rows'
        ELSE 'SELECT task_id, region_code, target_year, 1 AS sign FROM new_rows '
            || 'UNION ALL SELECT task_id, region_code, target_year, -1 FROM old_rows' END);
    IF EXISTS (SELECT 1 FROM target_count WHERE targets < 0) THEN
        RAISE EXCEPTION 'target_count counts fewer than no targets: it no longer follows table target';
    END IF;
    DELETE FROM target_count WHERE targets <= 0;
    RETURN NULL;
END $$;
CREATE TRIGGER target_counted_in AFTER INSERT ON target REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_targets();
CREATE TRIGGER target_counted_again AFTER UPDATE ON target REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_targets();
CREATE TRIGGER target_counted_out AFTER DELETE ON target REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION count_targets();

-- A span [from, to) starts in from (null: open to the past) and ends in to (unless open to the future).
CREATE FUNCTION bound_status_spans() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format($sql$
        INSERT INTO target_status_bound (task_id, status, year, starting, ending)
            SELECT s.task_id, s.status, b.year, sum(s.sign * b.starting), sum(s.sign * b.ending) FROM (%s) s
            CROSS JOIN LATERAL (VALUES (lower(s.years), 1, 0), (upper(s.years), 0, 1)) AS b (year, starting, ending)
            WHERE NOT isempty(s.years) AND (b.starting = 1 OR NOT upper_inf(s.years))
            GROUP BY s.task_id, s.status, b.year HAVING sum(s.sign * b.starting) <> 0 OR sum(s.sign * b.ending) <> 0
            ON CONFLICT (task_id, status, year) DO UPDATE SET starting = target_status_bound.starting
                + excluded.starting, ending = target_status_bound.ending + excluded.ending$sql$, CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT task_id, status, years, 1 AS sign FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT task_id, status, years, -1 AS sign FROM old_rows'
        ELSE 'SELECT task_id, status, years, 1 AS sign FROM new_rows '
            || 'UNION ALL SELECT task_id, status, years, -1 FROM old_rows' END);
    IF EXISTS (SELECT 1 FROM target_status_bound WHERE starting < 0 OR ending < 0) THEN
        RAISE EXCEPTION 'target_status_bound counts fewer than no spans: it no longer follows table target_status';
    END IF;
    DELETE FROM target_status_bound WHERE starting <= 0 AND ending <= 0;
    RETURN NULL;
END $$;
CREATE TRIGGER target_status_bounded_in AFTER INSERT ON target_status REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bound_status_spans();
CREATE TRIGGER target_status_bounded_again AFTER UPDATE ON target_status
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bound_status_spans();
CREATE TRIGGER target_status_bounded_out AFTER DELETE ON target_status REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bound_status_spans();

ANALYZE target_count, target_status_bound, series_year, target_status;
