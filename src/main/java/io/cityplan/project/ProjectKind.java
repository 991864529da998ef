package io.cityplan.project;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of project it is.")
public enum ProjectKind {
    @Description("An expressway, highway or road.")
    ROAD,
    @Description("A railway, intercity line or metro line.")
    RAIL,
    @Description("An airport, port or logistics facility.")
    TRANSPORT_HUB,
    @Description("Urban renewal, redevelopment or housing.")
    URBAN_RENEWAL,
    @Description("A business, commercial or central district.")
    DISTRICT_DEVELOPMENT,
    @Description("An industrial or research project.")
    INDUSTRY,
    @Description("A hospital, school, museum, sports or other public building.")
    PUBLIC_FACILITY,
    @Description("Power, water, heating, gas or utility tunnels.")
    UTILITY,
    @Description("Greening, water and ecological restoration.")
    ECOLOGY,
    @Description("An event, such as an expo.")
    EVENT;
}
