package io.averted.incident;

import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PostmortemUpdateInput")
@Description("Edits an incident's blameless post-mortem and moves it DRAFT -> IN_REVIEW -> PUBLISHED, or reopens it (the project's manager). Absent fields stay.")
public record PostmortemUpdateInput(
        @NonNull @Id @Description("The incident whose post-mortem it is.") UUID incidentId,
        @NonNull @Description("The post-mortem version you read.") Integer version,
        @Size(max = 8000) @Description("What happened, in a few sentences.") String summary,
        @Size(max = 8000) @Description("What it cost the business and its users. Required to publish.") String impact,
        @Size(max = 8000) @Description("Root causes: conditions, not people.") String rootCauses,
        @Size(max = 8000) @Description("Contributing factors.") String contributingFactors,
        @Size(max = 8000) @Description("What went well.") String whatWentWell,
        @Size(max = 8000) @Description("Where we got lucky.") String whereWeGotLucky,
        @Size(max = 2000) @Description("Why no action item is needed; publishing needs this or an action item.") String noActionReason,
        @Description("New status.") PostmortemStatus status) {
}
