package io.averted.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("HistoryOperation")
@Description("What a history entry records.")
public enum HistoryOperation {
    @Description("The object was created; every change lists its initial value as `after`.")
    CREATED,
    @Description("The object was changed; only changed fields are listed.")
    UPDATED
}
