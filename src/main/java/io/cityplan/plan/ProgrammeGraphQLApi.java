package io.cityplan.plan;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.Lang;
import io.cityplan.common.Languages;
import io.cityplan.source.Citation;
import io.cityplan.source.SourceService;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The fields of Programme that are not its own columns. */
@GraphQLApi
@RegisterForReflection(methods = true) // only @Source fields: see GraphQLApiReflectionTest
public class ProgrammeGraphQLApi {

    private final Languages languages;
    private final PlanService service;
    private final SourceService sources;

    ProgrammeGraphQLApi(Languages languages, PlanService service, SourceService sources) {
        this.languages = languages;
        this.service = service;
        this.sources = sources;
    }

    @Name("plan")
    @NonNull
    @Description("The plan the programme belongs to.")
    public List<Plan> programmePlan(@Source List<Programme> programmes) {
        return service.plansOf(programmes, Programme::planCode);
    }

    @Name("tasks")
    @NonNull
    @Description("The programme's key tasks, by number.")
    public List<@NonNull TaskConnection> programmeTasks(@Source List<Programme> programmes,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Task", service.tasksOfProgrammes(programmes), Task::sortKey,
                new Window(first, after, last, before), TaskConnection::of);
    }

    @Name("citation")
    @NonNull
    @Description("The programme's heading in the plan.")
    public List<Citation> programmeCitation(@Source List<Programme> programmes) {
        return sources.citations(programmes.stream().map(Programme::citationId).toList());
    }

    @NonNull
    @Name("name")
    @Description("The name in one language: " + Languages.RULE)
    public String programmeName(@Source Programme programme,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, programme.nameZh(), programme.nameEn());
    }

    @NonNull
    @Name("aim")
    @Description("The improvement it aims at in one language: " + Languages.RULE)
    public String programmeAim(@Source Programme programme,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, programme.aimZh(), programme.aimEn());
    }
}
