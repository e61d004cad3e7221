package io.averted.risk;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RiskRegisterImportRow")
@Description("One row of an imported file and what the import does with it.")
public record RiskRegisterImportRow(
        @NonNull @Description("Row number as a spreadsheet shows it: the header is row 1.") int row,
        @NonNull @Description("What happens to the row.") RiskRegisterImportAction action,
        @Id @Description("The risk it changes or leaves unchanged, or the new risk's id once committed; null otherwise.") UUID riskId,
        @Description("The row's title (or the risk's, when the row has none).") String title,
        @NonNull @Description("The columns whose values change the risk (for UPDATE); empty otherwise.") List<@NonNull String> changedColumns) {
}
