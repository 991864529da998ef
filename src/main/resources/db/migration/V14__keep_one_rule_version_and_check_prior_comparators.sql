-- target_status_rule holds one row: the version of the rule that judged the kept statuses.
ALTER TABLE target_status_rule ADD COLUMN one boolean NOT NULL DEFAULT TRUE CONSTRAINT target_status_rule_one CHECK (one);
ALTER TABLE target_status_rule ADD PRIMARY KEY (one);
-- A prior value is qualified as the figures are.
ALTER TABLE observation ADD CONSTRAINT observation_from_comparator
    CHECK (from_comparator IN ('GTE', 'LTE', 'APPROX', 'EQ'));
