package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("Which way an indicator improves.")
public enum Direction {
    @Description("Higher values are better.")
    INCREASE,
    @Description("Lower values are better.")
    DECREASE;
}
