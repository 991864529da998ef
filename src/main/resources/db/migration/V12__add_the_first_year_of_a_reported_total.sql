-- The first year of the period a reported TOTAL is summed over (去年至今: from last year), as target.start_year is a
-- target's; the period ends with the figure's year.
ALTER TABLE observation ADD COLUMN start_year int;
ALTER TABLE observation ADD CONSTRAINT observation_start_year CHECK (start_year IS NULL OR start_year <= year);
