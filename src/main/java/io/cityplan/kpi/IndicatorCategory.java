package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("The policy area an indicator measures.")
public enum IndicatorCategory {
    @Description("Economic output and growth.")
    ECONOMY,
    @Description("Industrial sectors and their revenue.")
    INDUSTRY,
    @Description("The digital economy.")
    DIGITAL_ECONOMY,
    @Description("Science, technology and innovation.")
    INNOVATION,
    @Description("Foreign trade and investment.")
    OPENNESS,
    @Description("Urbanisation, housing and urban renewal.")
    URBAN_DEVELOPMENT,
    @Description("Transport and utilities.")
    INFRASTRUCTURE,
    @Description("Energy use and intensity.")
    ENERGY,
    @Description("Air, water, soil and greening.")
    ENVIRONMENT,
    @Description("Agriculture and rural areas.")
    AGRICULTURE,
    @Description("Education, health, social security and culture.")
    SOCIAL,
    @Description("Investment and projects.")
    INVESTMENT,
    @Description("Government services and reform.")
    GOVERNANCE;
}
