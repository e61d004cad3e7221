package io.averted.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FieldChange")
@Description("One field's value before and after a change.")
public record FieldChange(
        @NonNull @Description("Field name as the API spells it, e.g. `probability`.") String field,
        @Description("The value before, as JSON text (null when there was none).") String before,
        @Description("The value after, as JSON text (null when cleared).") String after) {
}
