package io.averted.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RiskUpdateInput")
@Description("Changes to a risk. Absent fields stay as they are; the version must be the one you read.")
public record RiskUpdateInput(
        @NonNull @Id @Description("The risk.") UUID id,
        @NonNull @Description("The version you read; a stale one is refused with CONFLICT and nothing is overwritten.") Integer version,
        @Id @Description("Moves the risk to this milestone of the same project.") UUID milestoneId,
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Description("Short statement.") String title,
        @Size(max = 4000) @Description("Description.") String description,
        @Description("What kind of harm.") RiskCategory category,
        @Size(max = 100) @Description("Username of the owner; must be a member of the project.") String owner,
        @Description("IDENTIFIED, MITIGATING or ACCEPTED (close with riskClose).") RiskStatus status,
        @Description("The chosen response.") RiskResponse response,
        @Min(1) @Max(5) @Description("Ordinal likelihood, 1-5.") Integer likelihood,
        @Min(1) @Max(5) @Description("Ordinal impact, 1-5.") Integer impact,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @Description("Chance it happens, 0-1.") BigDecimal probability,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2) @Description("5th percentile of the loss.") BigDecimal lossLow,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 17, fraction = 2) @Description("95th percentile of the loss.") BigDecimal lossHigh,
        @Description("When the risk is next reviewed.") LocalDate nextReviewOn) {
}
