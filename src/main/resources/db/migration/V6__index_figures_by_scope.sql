-- Scope filters (a region with everything under it, a park, a project) read one column; for figures the index also
-- holds the series and year, so that mostRecent ranks the years of the series in scope from the index alone.
CREATE INDEX observation_scope_idx ON observation (scope, indicator_code, form, year);
CREATE INDEX target_scope_idx ON target (scope);
