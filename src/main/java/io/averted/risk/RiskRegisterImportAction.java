package io.averted.risk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RiskRegisterImportAction")
@Description("What an import does with one row of the file.")
public enum RiskRegisterImportAction {
    @Description("Adds a new risk (no id, and no risk of the project has the row's title).") CREATE,
    @Description("Changes the risk the row's id (or, without an id, its exact title) names.") UPDATE,
    @Description("Nothing: the risk already has the row's values.") UNCHANGED,
    @Description("Nothing: the row has errors (see rowErrors), and while any row has one the import writes nothing.") INVALID
}
