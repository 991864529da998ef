-- Counts that dashboards ask of every target, or of a plan's, a programme's or a task's targets (targetStats, and the
-- count of a target list filtered by nothing else and statuses), kept per task, so that they cost the same whatever
-- the number of targets. io.cityplan.kpi.TargetStatuses refreshes both views whenever it judges targets again, which
-- follows every change of targets or figures (table stale_series).

-- Targets by task, region (null for a park's or project's target) and target year.
CREATE MATERIALIZED VIEW target_count AS
    SELECT task_id, region_code, target_year, count(*)::integer AS targets
    FROM target GROUP BY task_id, region_code, target_year;
CREATE UNIQUE INDEX target_count_key ON target_count (task_id, region_code, target_year) NULLS NOT DISTINCT;

-- Where the status spans of each task's targets start and end (year null: a span open to the past). The targets of a
-- status as of year Y are those of its spans that start in or before Y, less those that end in or before Y: a span is
-- [start, end), and the spans of one target never overlap.
CREATE MATERIALIZED VIEW target_status_bound AS
    SELECT t.task_id, s.status, b.year, sum(b.starting)::integer AS starting, sum(b.ending)::integer AS ending
    FROM target_status s JOIN target t ON t.code = s.target_code
    CROSS JOIN LATERAL (VALUES (lower(s.years), 1, 0), (upper(s.years), 0, 1)) AS b (year, starting, ending)
    WHERE NOT isempty(s.years) AND (b.starting = 1 OR NOT upper_inf(s.years))
    GROUP BY t.task_id, s.status, b.year;
CREATE UNIQUE INDEX target_status_bound_key ON target_status_bound (task_id, status, year) NULLS NOT DISTINCT;
