package io.averted.economics;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * What a what-if simulation assumes. An input object rather than a bare {@code [ID]} argument: SmallRye GraphQL
 * 2.16 cannot convert a list of scalars given to a batch ({@code @Source List}) resolver, while input objects bind.
 */
@Input("WhatIfInput")
@Description("What a what-if simulation assumes.")
public record WhatIfInput(
        @NonNull @Id @Description("Investments of the project to count as in force whatever their status (e.g. PROPOSED or REJECTED); "
                + "ids of no investment of the project change nothing.") List<UUID> investmentIds) {
}
