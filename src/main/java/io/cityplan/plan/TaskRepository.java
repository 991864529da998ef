package io.cityplan.plan;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<TaskEntity, String> {

    /** A task's link to a region or park it names. */
    record Link(String taskId, String code) {
    }

    List<TaskEntity> listByPlanCodes(Collection<String> planCodes) {
        return planCodes.isEmpty() ? List.of() : list("planCode in ?1", Sort.by("ordinal"), planCodes);
    }

    List<TaskEntity> listByProgrammeIds(Collection<String> programmeIds) {
        return programmeIds.isEmpty() ? List.of() : list("programmeId in ?1", Sort.by("ordinal"), programmeIds);
    }

    List<Link> regionLinks(Collection<String> taskIds) {
        return links("SELECT task_id, region_code FROM task_region WHERE task_id IN (:ids) ORDER BY region_code",
                taskIds);
    }

    List<Link> parkLinks(Collection<String> taskIds) {
        return links("SELECT task_id, park_code FROM task_park WHERE task_id IN (:ids) ORDER BY park_code", taskIds);
    }

    List<Link> projectLinks(Collection<String> taskIds) {
        return links("SELECT task_id, project_code FROM task_project WHERE task_id IN (:ids) ORDER BY project_code",
                taskIds);
    }

    /** Links of the tasks that name each project, in plan order. */
    List<Link> linksNamingProjects(Collection<String> projectCodes) {
        return links("SELECT l.task_id, l.project_code FROM task_project l JOIN task t ON t.id = l.task_id "
                + "WHERE l.project_code IN (:ids) ORDER BY t.plan_code, t.ordinal", projectCodes);
    }

    /** Links of the tasks that name each region, in plan order. */
    List<Link> linksNamingRegions(Collection<String> regionCodes) {
        return links("SELECT l.task_id, l.region_code FROM task_region l JOIN task t ON t.id = l.task_id "
                + "WHERE l.region_code IN (:ids) ORDER BY t.plan_code, t.ordinal", regionCodes);
    }

    /** Links of the tasks that name each park, in plan order. */
    List<Link> linksNamingParks(Collection<String> parkCodes) {
        return links("SELECT l.task_id, l.park_code FROM task_park l JOIN task t ON t.id = l.task_id "
                + "WHERE l.park_code IN (:ids) ORDER BY t.plan_code, t.ordinal", parkCodes);
    }

    @SuppressWarnings("unchecked")
    private List<Link> links(String sql, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(sql, Object[].class).setParameter("ids", ids)
                .getResultList();
        return rows.stream().map(r -> new Link((String) r[0], (String) r[1])).toList();
    }
}
