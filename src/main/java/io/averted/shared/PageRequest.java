package io.averted.shared;

import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * One connection's arguments, checked: the page size (20 when absent, 1..100) and the sort key and id of the row to
 * continue after (both null for the first page). Made by {@link Keyset#request}.
 */
public record PageRequest(int size, Object afterKey, UUID afterId) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Page size as the API promises: 20 when absent, clamped to 1..100. */
    public static int size(Integer first) {
        return first == null ? DEFAULT_SIZE : Math.max(1, Math.min(MAX_SIZE, first));
    }

    /** Whether the page continues another one (hasPreviousPage). */
    public boolean continued() {
        return afterId != null;
    }

    /** Rows to fetch: one more than the page, to know whether another follows. */
    public int limit() {
        return size + 1;
    }

    /** Binds the parameters of {@link Keyset#after()} when the page continues another one. */
    public void bind(BiConsumer<String, Object> parameter) {
        if (continued()) {
            parameter.accept("afterKey", afterKey);
            parameter.accept("afterId", afterId);
        }
    }
}
