package io.cityplan.common;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a page lies in its list, and the cursors to ask for the pages on either side of it.")
public record PageInfo(
        @Description("Whether items follow this page: ask for them with `after: endCursor`.") boolean hasNextPage,
        @Description("Whether items precede this page: ask for them with `before: startCursor`.") boolean hasPreviousPage,
        @Description("The cursor of the page's first item; null when the page is empty.") String startCursor,
        @Description("The cursor of the page's last item; null when the page is empty.") String endCursor) {
}
