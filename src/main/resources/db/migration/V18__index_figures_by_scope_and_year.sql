-- A region's figures over a range of years (a scope filter with a year filter, the commonest question) are counted
-- and found from an index that holds the year next to the scope. observation_scope_idx holds the series between
-- them, so such a filter read every year's entries of the scopes and kept those of the years asked for: at 1M
-- figures, counting 藁城区's 3,693 figures of 2020 read 318 index pages in 3.2 ms, and 44 pages in 0.7 ms from this.
-- The index also holds the columns figures are ordered by, so that a page of a short list is found from it alone
-- before its rows are read (QueryCompiler.connection).
CREATE INDEX observation_scope_year_idx ON observation (scope, year) INCLUDE (indicator_code, code);
