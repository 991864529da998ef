package io.cityplan.editing;

import org.eclipse.microprofile.graphql.Description;

@Description("What a change did.")
public enum ChangeAction {
    @Description("A figure was recorded, or a target set.")
    RECORDED,
    @Description("A figure or target was corrected: the record after replaces the one before.")
    CORRECTED,
    @Description("A figure or target was retracted: it is no longer served, and its last record is kept here.")
    RETRACTED,
    @Description("A source document was registered.")
    REGISTERED
}
