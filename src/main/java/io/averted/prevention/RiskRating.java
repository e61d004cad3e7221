package io.averted.prevention;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RiskRating")
@Description("A place on the 5x5 heat map.")
public record RiskRating(
        @NonNull @Description("Ordinal likelihood, 1-5.") int likelihood,
        @NonNull @Description("Ordinal impact, 1-5.") int impact,
        @NonNull @Description("likelihood x impact, 1-25.") int score) {
}
