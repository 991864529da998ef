package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("What an editor's change to a figure was made to.")
public enum FigureSubject {
    @Description("A figure a document reports (an Observation).")
    OBSERVATION("observation", "Figure", "observationHistory"),
    @Description("A target a document sets (a Target).")
    TARGET("target", "Target", "targetHistory");

    private final String table;
    private final String noun;
    private final String historyQuery;

    FigureSubject(String table, String noun, String historyQuery) {
        this.table = table;
        this.noun = noun;
        this.historyQuery = historyQuery;
    }

    /** The table its rows are kept in. */
    String table() {
        return table;
    }

    /** What messages call one, capitalised: "Figure e2025-gdp-…". */
    String noun() {
        return noun;
    }

    /** The query that reads one's history, which messages point to. */
    String historyQuery() {
        return historyQuery;
    }
}
