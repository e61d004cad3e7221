package io.averted.shared;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in its list (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("Whether more items follow the last one of this page.") boolean hasNextPage,
        @NonNull @Description("Whether items precede this page (true when it was asked for with `after`).") boolean hasPreviousPage,
        @Description("Cursor of the first item, null on an empty page.") String startCursor,
        @Description("Cursor of the last item; pass it as `after` for the next page.") String endCursor) {
}
