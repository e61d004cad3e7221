package io.averted.incident;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TimelineEntryAddInput")
@Description("A timeline entry of a post-mortem: when, and what happened (contributors and up).")
public record TimelineEntryAddInput(
        @NonNull @Id @Description("The incident.") UUID incidentId,
        @NonNull @Description("When it happened.") OffsetDateTime at,
        @NonNull @NotBlank @Size(max = 2000) @Description("What happened.") String description) {
}
