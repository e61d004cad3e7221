package io.averted.shared;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrderDirection")
@Description("Sort direction.")
public enum OrderDirection {
    @Description("Smallest first.") ASC,
    @Description("Largest first.") DESC
}
