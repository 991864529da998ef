package io.cityplan.search;

import org.eclipse.microprofile.graphql.Description;

@Description("A kind of object that search finds.")
public enum SearchKind {
    @Description("A development plan.")
    PLAN("Plan"),
    @Description("A programme (工程) of a plan.")
    PROGRAMME("Programme"),
    @Description("A key task of a plan.")
    TASK("Task"),
    @Description("A region: the province, the city, a district, county or functional zone.")
    REGION("Region"),
    @Description("A park or zone.")
    PARK("Park"),
    @Description("A named project.")
    PROJECT("Project"),
    @Description("An indicator (KPI).")
    INDICATOR("Indicator");

    private final String nodeType;

    SearchKind(String nodeType) {
        this.nodeType = nodeType;
    }

    /** The type name in the global ids of objects of this kind. */
    String nodeType() {
        return nodeType;
    }
}
