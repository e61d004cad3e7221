package io.averted.milestone;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("QualityGateRecordResultPayload")
@Description("Result of qualityGateRecordResult.")
public record QualityGateRecordResultPayload(
        @Description("The gate with its new status; null when there are user errors.") QualityGateView gate,
        @Description("The recorded result; null when there are user errors.") GateResultView result,
        @NonNull @Description("What to fix; empty on success. Nothing changed when there are any.") List<@NonNull UserError> userErrors) {
}
