package io.averted.shared;

import java.util.List;

/** One keyset page: the rows (at most {@code first}) and whether more follow. */
public record Page<T>(List<T> rows, boolean hasNext) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Page size as the API promises: 20 when absent, clamped to 1..100. */
    public static int size(Integer first) {
        if (first == null) {
            return DEFAULT_SIZE;
        }
        return Math.max(1, Math.min(MAX_SIZE, first));
    }

    /** Cuts the {@code size + 1} rows a keyset query fetched down to one page. */
    public static <T> Page<T> of(List<T> fetched, int size) {
        return fetched.size() > size ? new Page<>(fetched.subList(0, size), true) : new Page<>(fetched, false);
    }
}
