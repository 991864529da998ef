-- What a document expects a project to reach each year once a stage of it is complete (全部投入运营后: once fully in
-- operation). The document fixes no year for such a figure, so it is not an observation, which is for a year.
CREATE TABLE projection (
    code           text    PRIMARY KEY,
    project_code   text    NOT NULL REFERENCES project,
    indicator_code text    NOT NULL REFERENCES indicator,
    comparator     text    NOT NULL CHECK (comparator IN ('GTE', 'LTE', 'APPROX', 'EQ')),
    value          numeric NOT NULL,
    unit_symbol    text    NOT NULL REFERENCES unit,
    condition_zh   text    NOT NULL,
    condition_en   text    NOT NULL,
    note           text,
    citation_id    text    NOT NULL REFERENCES citation
);
CREATE INDEX projection_of_project_idx ON projection (project_code, code COLLATE "C");
