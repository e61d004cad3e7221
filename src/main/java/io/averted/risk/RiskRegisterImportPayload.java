package io.averted.risk;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("RiskRegisterImportPayload")
@Description("Result of riskRegisterImport: what the file does (dry run) or did (commit), row by row.")
public record RiskRegisterImportPayload(
        @NonNull @Description("Rows that add a risk.") int created,
        @NonNull @Description("Rows that change a risk.") int updated,
        @NonNull @Description("Rows whose risk already has their values.") int unchanged,
        @NonNull @Description("Rows with errors.") int invalid,
        @NonNull @Description("Every row of the file, in order.") List<@NonNull RiskRegisterImportRow> rows,
        @NonNull @Description("Every problem found, by row and column; the import writes nothing while there is one.")
        List<@NonNull RiskRegisterImportRowError> rowErrors,
        @NonNull @Description("Problems with the file as a whole (size, format, project), and on a refused commit a summary of the row errors.")
        List<@NonNull UserError> userErrors,
        @NonNull @Description("True when the rows were written: commit was asked and nothing was wrong.") boolean committed) {
}
