-- The version of the progress rule (io.cityplan.kpi.ProgressRule.VERSION) that judged the statuses in target_status.
-- A cityplan whose rule is newer judges every target again at start-up and raises it (io.cityplan.kpi.TargetStatuses).
CREATE TABLE target_status_rule (
    version int NOT NULL
);
INSERT INTO target_status_rule VALUES (1);
