package io.averted.prevention;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.averted.shared.UserError;

@Type("MitigationLinkPayload")
@Description("Result of mitigationLink: the mitigation, or the user errors that stopped the change.")
public record MitigationLinkPayload(
        @Description("The mitigation as saved; null when there are user errors.") MitigationView mitigation,
        @NonNull @Description("What to fix; empty on success.") List<@NonNull UserError> userErrors) {
}
