package io.averted.risk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.averted.project.ProjectAccess;
import io.averted.project.ProjectAction;
import io.averted.project.ProjectView;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Mutations;
import io.averted.shared.Result;
import io.averted.shared.UserError;
import io.averted.shared.UserErrorCode;
import io.quarkus.security.Authenticated;

/** The register as a CSV file: Project.riskRegisterCsv out, riskRegisterImport in. */
@GraphQLApi
@DatabaseOutageAsUnavailable
@Authenticated
public class RiskRegisterCsvGraphQL {

    @Inject
    RiskRegisterCsv csv;

    @Inject
    ProjectAccess access;

    @NonNull
    @Description("The register as a CSV file (UTF-8 text starting with a byte order mark, comma separated, one header row): "
            + "every risk that matches the filter, oldest first, with every field; money as plain decimals, dates as YYYY-MM-DD. "
            + "score, expectedLoss and closedReason are for reading and ignored by riskRegisterImport.")
    public List<@NonNull String> riskRegisterCsv(@Source List<ProjectView> projects,
            @Description("Narrows the register, as on Project.risks.") RiskFilter filter) {
        Map<UUID, String> files = csv.export(projects.stream().map(ProjectView::id).toList(), filter);
        return projects.stream().map(p -> files.get(p.id())).toList();
    }

    @NonNull
    @Description("Whether you may change this project's register (riskCreate, riskUpdate, riskClose, riskRegisterImport).")
    public List<@NonNull Boolean> viewerCanEditRegister(@Source List<ProjectView> projects) {
        Map<UUID, io.averted.project.Project> readable = access.readable(projects.stream().map(ProjectView::id).toList());
        return projects.stream().map(p -> readable.containsKey(p.id()) && access.may(readable.get(p.id()), ProjectAction.EDIT_REGISTER)).toList();
    }

    @Mutation
    @NonNull
    @Description("Imports a CSV file into a project's register (its manager, or an admin). Rows with an id (or, without one, the "
            + "exact title of a risk) change that risk; other rows add one; rows equal to their risk change nothing. With commit "
            + "false nothing is written; with commit true every row is written in one transaction, each with its history entry, "
            + "or nothing at all when any row is invalid. A row whose version is older than its risk's is a CONFLICT.")
    public RiskRegisterImportPayload riskRegisterImport(@NonNull @Name("input") RiskRegisterImportInput input) {
        Result<RiskRegisterCsv.Report> result = Mutations.run(() -> csv.importFile(input));
        if (!result.isOk()) {
            return new RiskRegisterImportPayload(0, 0, 0, 0, List.of(), List.of(), result.errors(), false);
        }
        RiskRegisterCsv.Report report = result.value();
        List<UserError> userErrors = !input.commit() || report.rowErrors().isEmpty() ? List.of()
                : List.of(UserError.of(UserErrorCode.INVALID, "csv", "The file has " + report.rowErrors().size()
                        + " errors (see rowErrors); nothing was imported."));
        return new RiskRegisterImportPayload((int) report.count(RiskRegisterImportAction.CREATE),
                (int) report.count(RiskRegisterImportAction.UPDATE), (int) report.count(RiskRegisterImportAction.UNCHANGED),
                (int) report.count(RiskRegisterImportAction.INVALID), report.rows(), report.rowErrors(), userErrors, report.committed());
    }
}
