package io.averted.milestone;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("GateTemplate")
@Description("A gate that every new milestone of a kind starts with: a lesson learned, kept as data.")
public record GateTemplateView(
        @NonNull @Description("The milestone kind it applies to.") MilestoneKind milestoneKind,
        @NonNull @Description("Gate kind.") GateKind gateKind,
        @NonNull @Description("Gate name.") String name,
        @NonNull @Description("Gate criteria.") String criteria,
        @NonNull @Description("Whether the gate blocks completion.") boolean blocking) {

    static GateTemplateView of(GateTemplate t) {
        return new GateTemplateView(t.milestoneKind, t.gateKind, t.name, t.criteria, t.blocking);
    }
}
