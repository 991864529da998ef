package io.cityplan.plan;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.cityplan.common.Code;
import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.Lang;
import io.cityplan.common.Languages;
import io.cityplan.region.Region;
import io.cityplan.region.RegionService;
import io.cityplan.source.Citation;
import io.cityplan.source.SourceService;

/** The plans: the root fields that find them, and the fields of Plan that are not its own columns. */
@GraphQLApi
public class PlanGraphQLApi {

    private final Languages languages;
    private final PlanService service;
    private final RegionService regions;
    private final SourceService sources;

    PlanGraphQLApi(Languages languages, PlanService service, RegionService regions, SourceService sources) {
        this.languages = languages;
        this.service = service;
        this.regions = regions;
        this.sources = sources;
    }

    @Query
    @NonNull
    @Description("The development plans, oldest first.")
    public List<@NonNull Plan> plans() {
        return service.plans();
    }

    @Query
    @Description("The plan with this code, or null when there is none.")
    public Plan plan(
            @NonNull @Name("code") @Description("The plan's code, e.g. sjz-capital-plan-2021.") @Code String code) {
        return service.plan(code).orElse(null);
    }

    @Name("programmes")
    @NonNull
    @Description("The plan's programmes, in the plan's order.")
    public List<List<@NonNull Programme>> planProgrammes(@Source List<Plan> plans) {
        return service.programmesOf(plans);
    }

    @Name("tasks")
    @NonNull
    @Description("All of the plan's key tasks, by number.")
    public List<@NonNull TaskConnection> planTasks(@Source List<Plan> plans,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Task", service.tasksOfPlans(plans), Task::sortKey,
                new Window(first, after, last, before), TaskConnection::of);
    }

    @Name("region")
    @NonNull
    @Description("The region the plan governs.")
    public List<Region> planRegion(@Source List<Plan> plans) {
        return regions.byCodes(plans.stream().map(Plan::regionCode).toList());
    }

    @Name("citation")
    @NonNull
    @Description("Where the plan's text states its title and issuer.")
    public List<Citation> planCitation(@Source List<Plan> plans) {
        return sources.citations(plans.stream().map(Plan::citationId).toList());
    }

    @NonNull
    @Name("title")
    @Description("The title in one language: " + Languages.RULE)
    public String planTitle(@Source Plan plan,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, plan.titleZh(), plan.titleEn());
    }

    @NonNull
    @Name("summary")
    @Description("The summary in one language: " + Languages.RULE)
    public String planSummary(@Source Plan plan,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, plan.summaryZh(), plan.summaryEn());
    }
}
