package io.cityplan.kpi;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a figure came from.")
public enum FigureOrigin {
    @Description("A dataset release, from the documents cityplan ships.")
    DATASET,
    @Description("An editor, who recorded it with its source between releases.")
    EDITOR
}
