package io.averted.risk;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RiskRegisterImportInput")
@Description("A CSV file of risks for a project's register (its manager, or an admin): first a dry run (commit false) to see "
        + "what would happen, then the same file with commit true. At most 5 MB (UTF-8) and 10,000 rows.")
public record RiskRegisterImportInput(
        @NonNull @Id @Description("The project.") UUID projectId,
        @NonNull @Description("The file's text: a header row naming the columns (those of Project.riskRegisterCsv), then one "
                + "row per risk; comma or semicolon separated, optionally starting with a byte order mark.") String csv,
        @NonNull @Description("False: only check and report, nothing is written. True: check again and write every row, or "
                + "nothing when any row is invalid.") boolean commit) {
}
