package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.GlobalId;
import io.cityplan.common.Node;
import io.cityplan.park.Park;
import io.cityplan.plan.Task;
import io.cityplan.project.Project;
import io.cityplan.region.Region;
import io.cityplan.source.Citation;

@Description("A target without a number: a dated commitment a document makes (三环路辅路全线贯通 by 30 September), "
        + "which is done or not by its deadline. Its outcomes are what documents report of it; its progress is "
        + "judged from them by the rule in MilestoneProgress.")
public record Milestone(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the milestone.") String code,
        @NonNull @Description("What is to be done, verbatim in the document's Chinese.") String statementZh,
        @NonNull @Description("What is to be done, in English.") String statementEn,
        @Description("The year by which it is due.") int dueYear,
        @NonNull @Description("The deadline as the document writes it, e.g. 今年9月30日前, 2022年底前.") String dueZh,
        @Description("True when the document only strives for it (力争, 争取).") boolean aspirational,
        @Description("How an ambiguous wording was read, where it was.") String note,
        @NonNull @Description("The passage of the document that sets the milestone.") Citation citation,
        @Description("The region it applies to; null when it applies to a park or project.") Region region,
        @Description("The park it applies to; null when it applies to a region or project.") Park park,
        @Description("The project it applies to; null when it applies to a region or park.") Project project,
        @Description("The plan task that sets it, where it belongs to one.") Task task,
        @Ignore String taskKey) implements Node {

    /** The citation of a milestone of alias m, as alias mc. */
    static final String CITATION = " LEFT JOIN citation mc ON mc.id = m.citation_id";

    /** Table {@code milestone} (alias m) with the citation of each milestone (alias mc). */
    static final String FROM = "milestone m" + CITATION;

    /** The columns of {@link #FROM} that {@link #of(Object[], References)} reads, in its order. */
    static final String COLUMNS = "m.code, m.statement_zh, m.statement_en, m.due_year, m.due_zh, m.aspirational, "
            + "m.note, m.region_code, m.park_code, m.project_code, m.task_id, " + Citation.columns("mc");

    static Milestone of(Object[] r, References references) {
        var code = (String) r[0];
        return new Milestone(GlobalId.of("Milestone", code), code, (String) r[1], (String) r[2], (Integer) r[3],
                (String) r[4], (Boolean) r[5], (String) r[6], Citation.of(r, 11),
                Target.lookup(references.regions(), r[7]), Target.lookup(references.parks(), r[8]),
                Target.lookup(references.projects(), r[9]), Target.lookup(references.tasks(), r[10]),
                (String) r[10]);
    }
}
