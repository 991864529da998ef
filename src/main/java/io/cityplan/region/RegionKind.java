package io.cityplan.region;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of a region: an administrative division or a functional zone.")
public enum RegionKind {
    @Description("A province.")
    PROVINCE,
    @Description("A prefecture-level city, such as Shijiazhuang.")
    PREFECTURE_CITY,
    @Description("An urban district (区) of a city.")
    DISTRICT,
    @Description("A county (县).")
    COUNTY,
    @Description("A county-level city (县级市).")
    COUNTY_LEVEL_CITY,
    @Description("A functional zone without an administrative code, such as a high-tech or free-trade zone.")
    FUNCTIONAL_ZONE;
}
