package io.cityplan.kpi;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.Lang;
import io.cityplan.common.Languages;
import io.cityplan.common.Selections;
import io.cityplan.plan.Task;
import io.smallrye.graphql.api.Context;

/** Milestones: targets without a number, with their outcomes and progress. */
@GraphQLApi
public class MilestoneGraphQLApi {

    private final MilestoneService service;
    private final Languages languages;
    private final Context context;

    MilestoneGraphQLApi(MilestoneService service, Languages languages, Context context) {
        this.service = service;
        this.languages = languages;
        this.context = context;
    }

    @Query
    @Description("Milestones of every document at every scope, by due year, then code, filtered as targets are: "
            + "`targetYear` is the due year, `text` is looked for in the statement, and a filter on indicators, "
            + "categories or comparators keeps none, since a milestone has none. "
            + KpiGraphQLApi.NULL_WHEN_ARGUMENTS_FAIL)
    public MilestoneConnection milestones(
            @Name("filter") @Description("Which milestones to keep; all when left out.") TargetFilter filter,
            @Name("asOf") @Description("The year statuses are judged as of, for a filter on status; by default the "
                    + "current year.") Integer asOf,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return service.milestones(filter, KpiGraphQLApi.asOfOrThisYear(asOf), new Window(first, after, last, before),
                Selections.selects(context, "totalCount"));
    }

    @NonNull
    @Name("milestones")
    @Description("The milestones the task sets, by due year, then code.")
    public List<List<@NonNull Milestone>> taskMilestones(@Source List<Task> tasks) {
        return service.ofTasks(tasks);
    }

    @NonNull
    @Name("outcomes")
    @Description("What documents report of the milestone, by year.")
    public List<List<@NonNull MilestoneOutcome>> outcomes(@Source List<Milestone> milestones) {
        return service.outcomes(milestones);
    }

    @NonNull
    @Name("progress")
    @Description("How the milestone stands as of a year, judged from its outcomes; the rule is in "
            + "MilestoneProgress.")
    public List<@NonNull MilestoneProgress> progress(@Source List<Milestone> milestones,
            @Name("asOf") @Description("Judge as of this year, leaving out outcomes of later years; by default the "
                    + "current year.") Integer asOf) {
        return service.progress(milestones, KpiGraphQLApi.asOfOrThisYear(asOf));
    }

    @NonNull
    @Name("milestones")
    @Description("Counts of the milestones the same filter keeps, by status as of the same year: `targetYear` is the "
            + "due year, `text` is looked for in the statement, and a filter on indicators, categories or comparators "
            + "keeps none.")
    public MilestoneStats milestoneStats(@Source TargetStats stats) {
        return service.stats(stats.filter(), stats.asOf());
    }

    @NonNull
    @Name("statement")
    @Description("What is to be done, in one language: " + Languages.RULE)
    public String statement(@Source Milestone milestone, @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, milestone.statementZh(), milestone.statementEn());
    }
}
