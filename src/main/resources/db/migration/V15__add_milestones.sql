-- Milestones: dated commitments a plan makes without a number (三环路辅路全线贯通 by 30 September 2021), which are
-- done or not by their deadline, and the outcomes documents report for them.
CREATE TABLE milestone (
    code          text    PRIMARY KEY,
    region_code   text    REFERENCES region,
    park_code     text    REFERENCES park,
    project_code  text    REFERENCES project,
    scope         text    NOT NULL
        GENERATED ALWAYS AS (coalesce('R' || region_code, 'P' || park_code, 'J' || project_code)) STORED,
    task_id       text    REFERENCES task,
    due_year      int     NOT NULL,
    due_zh        text    NOT NULL,
    statement_zh  text    NOT NULL,
    statement_en  text    NOT NULL,
    aspirational  boolean NOT NULL DEFAULT false,
    note          text,
    citation_id   text    NOT NULL REFERENCES citation,
    CONSTRAINT milestone_one_scope CHECK (num_nonnulls(region_code, park_code, project_code) = 1)
);
-- The orders milestones are paged in: by due year and code, for every milestone and for a task's.
CREATE INDEX milestone_order_idx ON milestone (due_year, code COLLATE "C");
CREATE INDEX milestone_of_task_idx ON milestone (task_id, due_year, code COLLATE "C");
CREATE INDEX milestone_scope_idx ON milestone (scope, due_year);

-- What a document reports of a milestone for a year: done or not, as achieved (ACTUAL) or only expected.
CREATE TABLE milestone_outcome (
    code           text    PRIMARY KEY,
    milestone_code text    NOT NULL REFERENCES milestone,
    year           int     NOT NULL,
    kind           text    NOT NULL CHECK (kind IN ('ACTUAL', 'EXPECTED', 'ESTIMATE')),
    done           boolean NOT NULL,
    note           text,
    citation_id    text    NOT NULL REFERENCES citation
);
CREATE INDEX milestone_outcome_of_milestone_idx ON milestone_outcome (milestone_code, year);

-- A milestone's status for every as-of year, as spans of years over which it does not change, judged in Java
-- (io.cityplan.kpi.MilestoneRule) as target_status is, so that PostgreSQL can select and count milestones by status.
CREATE TABLE milestone_status (
    milestone_code text      NOT NULL REFERENCES milestone ON DELETE CASCADE,
    years          int4range NOT NULL,
    status         text      NOT NULL,
    PRIMARY KEY (milestone_code, years)
);
