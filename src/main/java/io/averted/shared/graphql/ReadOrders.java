package io.averted.shared.graphql;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.averted.shared.Keyset;

/** Orders of connections whose arguments (besides first and after) the SQL read path answers only when absent. */
public final class ReadOrders {

    private ReadOrders() {
    }

    /** Always {@code keyset}, when every other argument is absent, null or an empty list. */
    public static ReadSchema.Order only(Keyset<?> keyset) {
        return arguments -> arguments.values().stream().allMatch(ReadOrders::absent) ? Optional.of(keyset) : Optional.empty();
    }

    public static boolean absent(Object argument) {
        return argument == null || argument instanceof Collection<?> list && list.isEmpty()
                || argument instanceof Map<?, ?> map && map.isEmpty();
    }
}
