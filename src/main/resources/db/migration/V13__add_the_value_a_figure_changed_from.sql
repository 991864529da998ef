-- The value a reported figure says it changed from (由10人减至2到4人: 10 人), in the unit the document writes it, and
-- how that value is qualified (至少1小时: at least). The document gives no year for it.
ALTER TABLE observation ADD COLUMN from_value numeric;
ALTER TABLE observation ADD COLUMN from_unit_symbol text REFERENCES unit;
ALTER TABLE observation ADD COLUMN from_comparator text;
ALTER TABLE observation ADD CONSTRAINT observation_changed_from CHECK (
    (from_value IS NULL) = (from_unit_symbol IS NULL) AND (from_value IS NULL) = (from_comparator IS NULL));
