package io.cityplan.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CitationInput")
@Description("Where a figure comes from: a registered document, and the passage of it that states the figure.")
public record CitationInput(
        @NonNull @Description("The code of the source document (a registered one, or one of the dataset's).") String document,
        @NonNull @Description("The shortest passage of the document that states the figure, verbatim, in the document's language (at most 2,000 characters).") String quote) {
}
