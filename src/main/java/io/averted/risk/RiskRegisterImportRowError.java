package io.averted.risk;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserErrorCode;

@Type("RiskRegisterImportRowError")
@Description("A problem with one row (or the header) of an imported file, with the same codes and rules as riskCreate and riskUpdate.")
public record RiskRegisterImportRowError(
        @NonNull @Description("Row number as a spreadsheet shows it: the header is row 1.") int row,
        @Description("The column at fault, as the header names it (the API's field name); null when no single column is.") String column,
        @NonNull @Description("Machine-readable reason.") UserErrorCode code,
        @NonNull @Description("What is wrong, for people.") String message) {
}
