package io.cityplan.park;

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

@GraphQLApi
public class ParkGraphQLApi {

    private final Languages languages;
    private final ParkService service;
    private final RegionService regions;
    private final SourceService sources;

    ParkGraphQLApi(ParkService service, RegionService regions, SourceService sources, Languages languages) {
        this.languages = languages;
        this.service = service;
        this.regions = regions;
        this.sources = sources;
    }

    @Query
    @NonNull
    @Description("Parks and zones ordered by code; only those of one kind, or in one region, when given.")
    public ParkConnection parks(
            @Name("kind") @Description("Only parks of this kind.") ParkKind kind,
            @Name("region") @Description("Only parks a document places in this region.") @Code String region,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.page("Park", service.parks(kind, region), Park::code,
                new Window(first, after, last, before), ParkConnection::of);
    }

    @Query
    @Description("The park with this code, or null when there is none.")
    public Park park(@NonNull @Name("code") @Description("The park's code.") @Code String code) {
        return service.park(code).orElse(null);
    }

    @Description("The region the park lies in, where a document says so.")
    public List<Region> region(@Source List<Park> parks) {
        return regions.byCodes(parks.stream().map(Park::regionCode).toList());
    }

    @NonNull
    @Description("The industries the park focuses on, as a document lists them.")
    public List<List<@NonNull Industry>> focusIndustries(@Source List<Park> parks) {
        return service.focusIndustries(parks);
    }

    @NonNull
    @Description("Where a document names the park.")
    public List<Citation> citation(@Source List<Park> parks) {
        return sources.citations(parks.stream().map(Park::citationId).toList());
    }

    @NonNull
    @Description("The parks and zones that documents place in this region, ordered by code.")
    public List<@NonNull ParkConnection> parks(@Source List<Region> regions,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return Connections.pages("Park", service.inRegions(regions), Park::code,
                new Window(first, after, last, before), ParkConnection::of);
    }

    @NonNull
    @Name("name")
    @Description("The name in one language: " + Languages.RULE)
    public String parkName(@Source Park park,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, park.nameZh(), park.nameEn());
    }

    @NonNull
    @Name("name")
    @Description("The name in one language: " + Languages.RULE)
    public String industryName(@Source Industry industry,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, industry.nameZh(), industry.nameEn());
    }
}
