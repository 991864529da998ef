-- A reported figure can be qualified as a target is: 5万多处 (over 50,000), 约 (about), 内 (within).
ALTER TABLE observation ADD COLUMN comparator text NOT NULL DEFAULT 'EQ'
    CONSTRAINT observation_comparator CHECK (comparator IN ('GTE', 'LTE', 'APPROX', 'EQ'));

-- Where an indicator's Chinese name comes from: a passage that writes it, or the words it is assembled from.
ALTER TABLE indicator ADD COLUMN citation_id text REFERENCES citation;
