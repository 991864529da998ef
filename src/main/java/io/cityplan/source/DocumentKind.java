package io.cityplan.source;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of text a source document is.")
public enum DocumentKind {
    @Description("A policy document issued by a government: a plan, programme or implementation scheme.")
    PLAN,
    @Description("Signed articles by officials.")
    ARTICLES,
    @Description("A news report.")
    NEWS,
    @Description("A review of a region's year.")
    REVIEW;
}
