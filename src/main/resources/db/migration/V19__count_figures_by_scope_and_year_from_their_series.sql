-- A count of figures whose filter asks only for what view series_year holds per row (scopes, indicators, years) is
-- the sum of its figures column over the rows that pass (FigureLists.seriesYearCount). A scope and year filter is
-- the commonest: at 1M figures, counting 藁城区's 3,693 figures of 2020 read 3,693 entries of
-- observation_scope_year_idx in 0.39 ms, and 611 rows of the view from this index in 0.09 ms.
CREATE INDEX series_year_scope_year_idx ON series_year (scope, year) INCLUDE (figures);
