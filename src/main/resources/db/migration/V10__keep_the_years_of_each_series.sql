-- The years of each series (an indicator at one scope in one form) that has figures, most recent first (recency 1),
-- with the number of figures of each. mostRecent: N over a filter of scopes and indicators alone keeps whole series,
-- so the years it keeps, and how many figures they hold, are read from here whatever the number of figures, instead
-- of ranking every figure in scope. io.cityplan.kpi.TargetStatuses refreshes it with the counts of migration V9,
-- after every change of figures.
CREATE MATERIALIZED VIEW series_year AS
    SELECT scope, indicator_code, form, year, region_code, park_code, project_code, figures,
        dense_rank() OVER (PARTITION BY scope, indicator_code, form ORDER BY year DESC)::integer AS recency
    FROM (SELECT scope, indicator_code, form, year, region_code, park_code, project_code, count(*)::integer AS figures
          FROM observation GROUP BY scope, indicator_code, form, year, region_code, park_code, project_code) y;
CREATE UNIQUE INDEX series_year_key ON series_year (scope, indicator_code, form, year);
CREATE INDEX series_year_of_indicator_idx ON series_year (indicator_code, recency);
