-- The part of the year an outcome is reported for, when less than a year (1-6月); a milestone reported not done for
-- part of its due year has not yet missed its deadline.
ALTER TABLE milestone_outcome ADD COLUMN period_zh text;
