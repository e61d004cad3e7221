package io.averted.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RiskCreateInput")
@Description("A new risk for a project's register (its manager, or an admin).")
public record RiskCreateInput(
        @NonNull @Id @Description("The project.") UUID projectId,
        @Id @Description("The milestone of the same project the risk belongs to, if any.") UUID milestoneId,
        @NonNull @NotBlank @Size(max = 200) @Description("Short statement, at most 200 characters.") String title,
        @Size(max = 4000) @Description("At most 4000 characters.") String description,
        @NonNull @Description("What kind of harm.") RiskCategory category,
        @Size(max = 100) @Description("Username of the owner; must be a member of the project.") String owner,
        @Description("IDENTIFIED (default), MITIGATING or ACCEPTED.") RiskStatus status,
        @NonNull @Description("The chosen response.") RiskResponse response,
        @NonNull @Min(1) @Max(5) @Description("Ordinal likelihood, 1-5.") Integer likelihood,
        @NonNull @Min(1) @Max(5) @Description("Ordinal impact, 1-5.") Integer impact,
        @NonNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
        @Description("Chance it happens, 0-1, at most 6 decimals.") BigDecimal probability,
        @NonNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2)
        @Description("5th percentile of the loss of one occurrence; more than 0.") BigDecimal lossLow,
        @NonNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2)
        @Description("95th percentile of the loss of one occurrence; at least lossLow.") BigDecimal lossHigh,
        @Description("When the risk is next reviewed.") LocalDate nextReviewOn) {
}
