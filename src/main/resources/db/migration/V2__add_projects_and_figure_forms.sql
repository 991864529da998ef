-- Named projects (roads, rail lines, urban renewal, facilities), which plans name and figures describe.
CREATE TABLE project (
    code        text PRIMARY KEY,
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    kind        text NOT NULL,
    region_code text REFERENCES region,
    park_code   text REFERENCES park,
    citation_id text NOT NULL REFERENCES citation
);
CREATE INDEX project_region_idx ON project (region_code);
CREATE INDEX project_park_idx ON project (park_code);

CREATE TABLE task_project (
    task_id      text NOT NULL REFERENCES task,
    project_code text NOT NULL REFERENCES project,
    PRIMARY KEY (task_id, project_code)
);
CREATE INDEX task_project_project_idx ON task_project (project_code);

-- A figure's scope is now a region, a park or a project.
ALTER TABLE target ADD COLUMN project_code text REFERENCES project;
ALTER TABLE target DROP CONSTRAINT target_check;
ALTER TABLE target ADD CONSTRAINT target_one_scope CHECK (num_nonnulls(region_code, park_code, project_code) = 1);
CREATE INDEX target_project_idx ON target (project_code);

ALTER TABLE observation ADD COLUMN project_code text REFERENCES project;
ALTER TABLE observation DROP CONSTRAINT observation_check;
ALTER TABLE observation ADD CONSTRAINT observation_one_scope
    CHECK (num_nonnulls(region_code, park_code, project_code) = 1);
CREATE INDEX observation_project_idx ON observation (project_code);

-- Forms for stated decreases, amounts per year and totals over a period.
ALTER TABLE target DROP CONSTRAINT target_form_check;
ALTER TABLE target ADD CONSTRAINT target_form CHECK (form IN
    ('LEVEL', 'CHANGE', 'DECREASE', 'DIFFERENCE', 'ANNUAL_GROWTH', 'PER_YEAR', 'TOTAL'));
ALTER TABLE observation DROP CONSTRAINT observation_form_check;
ALTER TABLE observation ADD CONSTRAINT observation_form CHECK (form IN
    ('LEVEL', 'CHANGE', 'DECREASE', 'DIFFERENCE', 'ANNUAL_GROWTH', 'PER_YEAR', 'TOTAL'));

-- Amounts per year and totals cover a period, so they need its first year.
ALTER TABLE target ADD CONSTRAINT target_period CHECK (form NOT IN ('PER_YEAR', 'TOTAL') OR start_year IS NOT NULL);
