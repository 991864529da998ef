package io.cityplan.park;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of a park or zone.")
public enum ParkKind {
    @Description("An industrial park or industrial start-up area.")
    INDUSTRIAL_PARK,
    @Description("A development zone.")
    DEVELOPMENT_ZONE,
    @Description("A free-trade or bonded zone.")
    FREE_TRADE_ZONE,
    @Description("A logistics hub, port or dry port.")
    LOGISTICS_HUB,
    @Description("A public park.")
    CITY_PARK;
}
