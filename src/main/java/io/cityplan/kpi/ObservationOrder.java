package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("An order for reported figures; later orders break ties of earlier ones, and the code breaks any tie "
        + "left.")
public enum ObservationOrder {
    @Description("Earliest year first.")
    YEAR_ASC,
    @Description("Latest year first.")
    YEAR_DESC,
    @Description("By the indicator's code, A to Z.")
    INDICATOR_ASC,
    @Description("By the indicator's code, Z to A.")
    INDICATOR_DESC,
    @Description("By the figure's code, A to Z.")
    CODE_ASC,
    @Description("By the figure's code, Z to A.")
    CODE_DESC;
}
