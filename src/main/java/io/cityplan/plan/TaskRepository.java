package io.cityplan.plan;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<TaskEntity, String> {

    /** A task's link to a region, park or project it names. */
    record Link(String taskId, String code) {
    }

    List<Link> regionLinks() {
        return links("SELECT task_id, region_code FROM task_region");
    }

    List<Link> parkLinks() {
        return links("SELECT task_id, park_code FROM task_park");
    }

    List<Link> projectLinks() {
        return links("SELECT task_id, project_code FROM task_project");
    }

    @SuppressWarnings("unchecked")
    private List<Link> links(String sql) {
        List<Object[]> rows = getEntityManager().createNativeQuery(sql, Object[].class).getResultList();
        return rows.stream().map(r -> new Link((String) r[0], (String) r[1])).toList();
    }
}
