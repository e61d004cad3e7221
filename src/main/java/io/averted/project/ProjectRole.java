package io.averted.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

import io.averted.shared.security.GlobalRole;

@Enum("ProjectRole")
@Description("A member's role in one project (PRODUCT.md section 2). It counts only while the member's token grants the same role.")
public enum ProjectRole {
    @Description("Keeps the risk register, milestones and gates; proposes investments; writes post-mortems.") MANAGER,
    @Description("Reads the money; approves or rejects investments; may waive a gate with a reason.") SPONSOR,
    @Description("Records gate evidence, reports incidents, completes action items.") CONTRIBUTOR,
    @Description("Reads what the project holds.") VIEWER;

    /** The project's leads, the sponsor and the managers, are named by admins only. */
    public boolean leads() {
        return this == SPONSOR || this == MANAGER;
    }

    public GlobalRole tokenRole() {
        return GlobalRole.valueOf(name());
    }
}
