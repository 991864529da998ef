package io.cityplan.search;

import org.eclipse.microprofile.graphql.Description;

@Description("A kind of object that search finds.")
public enum SearchKind {
    @Description("A development plan.")
    PLAN,
    @Description("A programme (工程) of a plan.")
    PROGRAMME,
    @Description("A key task of a plan.")
    TASK,
    @Description("A region: the province, the city, a district, county or functional zone.")
    REGION,
    @Description("A park or zone.")
    PARK,
    @Description("A named project.")
    PROJECT,
    @Description("An indicator (KPI).")
    INDICATOR;
}
