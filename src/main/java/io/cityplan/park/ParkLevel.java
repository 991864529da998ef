package io.cityplan.park;

import org.eclipse.microprofile.graphql.Description;

@Description("The level of government that approved a park or zone.")
public enum ParkLevel {
    @Description("Approved at national level (国家级).")
    NATIONAL,
    @Description("Approved at provincial level (省级).")
    PROVINCIAL,
    @Description("Approved at city level (市级).")
    MUNICIPAL;
}
