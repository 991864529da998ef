package io.cityplan.region;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.cityplan.common.Code;
import io.cityplan.common.Lang;
import io.cityplan.common.Languages;
import io.cityplan.source.Citation;
import io.cityplan.source.SourceService;

@GraphQLApi
public class RegionGraphQLApi {

    private final Languages languages;
    private final RegionService service;
    private final SourceService sources;

    RegionGraphQLApi(RegionService service, SourceService sources, Languages languages) {
        this.languages = languages;
        this.service = service;
        this.sources = sources;
    }

    @Query
    @NonNull
    @Description("Regions ordered by code: the province, the city, its county-level divisions and its functional "
            + "zones; only those of one kind when `kind` is given.")
    public List<@NonNull Region> regions(@Name("kind") @Description("Only regions of this kind.") RegionKind kind) {
        return service.regions(kind);
    }

    @Query
    @Description("The region with this code, or null when there is none.")
    public Region region(@NonNull @Name("code") @Description("Administrative code (e.g. 130104) or zone code "
            + "(e.g. SJZ-HTZ).") @Code String code) {
        return service.region(code).orElse(null);
    }

    @Description("The region this one lies in; null for the top of the tree.")
    public List<Region> parent(@Source List<Region> regions) {
        return service.parents(regions);
    }

    @NonNull
    @Description("The regions that lie directly in this one, ordered by code.")
    public List<List<@NonNull Region>> children(@Source List<Region> regions) {
        return service.children(regions);
    }

    @Description("Where a document names this region; null for the administrative divisions, which come from the "
            + "national code list.")
    public List<Citation> citation(@Source List<Region> regions) {
        return sources.citations(regions.stream().map(Region::citationId).toList());
    }

    @NonNull
    @Name("name")
    @Description("The name in one language: " + Languages.RULE)
    public String regionName(@Source Region region,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, region.nameZh(), region.nameEn());
    }
}
