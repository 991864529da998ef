package io.cityplan.editing;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A change an editor made, kept for good: who, when, under which request, and the record before and after.")
public record FigureChange(
        @NonNull @Description("What the change did.") ChangeAction action,
        @Description("The version of the figure or target the change made (1 when recorded); that of the retracted record for a retraction.") int version,
        @NonNull @Description("The editor who made it, as their token names them.") String actor,
        @NonNull @Description("When it was made.") OffsetDateTime changedAt,
        @Description("The id of the request that made it (the X-Request-Id the server answered with).") String requestId,
        @Description("Why, in the editor's words; given with every correction and retraction.") String reason,
        @Description("The record before the change, as JSON with the database's column names; null when it recorded the figure or target.") String before,
        @Description("The record after the change, as JSON with the database's column names; null when it retracted the figure or target.") String after) {
}
