package io.cityplan.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Node;

@Description("An object that matches a search, with the field that matched best and how well.")
public record SearchHit(
        @NonNull @Description("The object found: a Plan, Programme, Task, Region, Park, Project or Indicator.") Node node,
        @NonNull @Description("What kind of object it is.") SearchKind kind,
        @NonNull @Description("The field that matched best, e.g. nameZh, titleEn, summaryZh.") String field,
        @NonNull @Description("That field's text.") String text,
        @Description("How well it matches, higher is better: per search term, 100 for the whole field, 60 for its "
                + "start, 40 for the start of a word, 20 anywhere, times the field's weight (1 for names and "
                + "titles, 0.8 for codes, 0.5 for summaries), summed over the terms.") double score) {
}
