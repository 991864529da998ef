package io.cityplan.kpi;

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
import io.cityplan.common.Selections;
import io.cityplan.source.Citation;
import io.cityplan.source.SourceService;
import io.smallrye.graphql.api.Context;

/** The indicators: the root fields that find them, and the fields of Indicator that are not its own columns. */
@GraphQLApi
public class IndicatorGraphQLApi {

    private final Languages languages;
    private final KpiService service;
    private final SourceService sources;
    private final Context context;

    IndicatorGraphQLApi(KpiService service, SourceService sources, Languages languages, Context context) {
        this.languages = languages;
        this.context = context;
        this.service = service;
        this.sources = sources;
    }

    @Query
    @NonNull
    @Description("Indicators ordered by code; only those of one category when `category` is given.")
    public IndicatorConnection indicators(
            @Name("category") @Description("Only indicators in this policy area.") IndicatorCategory category,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.page("Indicator", service.indicators(category), Indicator::code,
                new Window(first, after, last, before), IndicatorConnection::of);
    }

    @Query
    @Description("The indicator with this code, or null when there is none.")
    public Indicator indicator(
            @NonNull @Name("code") @Description("The indicator's code, e.g. gdp.") @Code String code) {
        return service.indicator(code).orElse(null);
    }

    @NonNull
    @Name("targets")
    @Description("The targets set for this indicator at every scope, by target year.")
    public List<@NonNull TargetConnection> indicatorTargets(@Source List<Indicator> indicators,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return service.targetPages("indicator_code", KpiGraphQLApi.keys(indicators, Indicator::code),
                new Window(first, after, last, before), Selections.selects(context, "totalCount"));
    }

    @NonNull
    @Name("observations")
    @Description("The figures reported for this indicator at every scope, by year.")
    public List<@NonNull ObservationConnection> indicatorObservations(@Source List<Indicator> indicators,
            @Name("mostRecent") @Description(FigureLists.MOST_RECENT) Integer mostRecent,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return service.observationPages("indicator_code", KpiGraphQLApi.keys(indicators, Indicator::code), mostRecent,
                new Window(first, after, last, before), Selections.selects(context, "totalCount"));
    }

    @NonNull
    @Name("citation")
    @Description("The passage the Chinese name is taken from: it writes the name, or the words the name is made of.")
    public List<Citation> indicatorCitation(@Source List<Indicator> indicators) {
        return sources.citations(KpiGraphQLApi.keys(indicators, Indicator::citationId));
    }

    @NonNull
    @Name("name")
    @Description("The name in one language: " + Languages.RULE)
    public String indicatorName(@Source Indicator indicator,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, indicator.nameZh(), indicator.nameEn());
    }
}
