package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a reported figure is final, expected or estimated.")
public enum ObservationKind {
    @Description("A figure reported as achieved.")
    ACTUAL,
    @Description("A figure expected for a period not yet closed (预计).")
    EXPECTED,
    @Description("An estimate given without the period being reported.")
    ESTIMATE;
}
