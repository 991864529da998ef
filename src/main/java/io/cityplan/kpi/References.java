package io.cityplan.kpi;

import java.util.Map;

import io.cityplan.park.Park;
import io.cityplan.plan.Task;
import io.cityplan.project.Project;
import io.cityplan.region.Region;

/**
 * What targets and figures refer to by code and cityplan holds in memory: a target or figure read from a row carries
 * its indicator, region, park, project and task itself, so that no field of it needs another lookup.
 */
record References(Map<String, Indicator> indicators, Map<String, Region> regions, Map<String, Park> parks,
        Map<String, Project> projects, Map<String, Task> tasks) {
}
