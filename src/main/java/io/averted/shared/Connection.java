package io.averted.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One source's page of a Relay connection, read when a field asks for it. A batch resolver builds one {@link Batch}
 * for all its sources: the first connection whose rows are read loads every source's page in one go, the first whose
 * {@code totalCount} is read loads every count in one go, and a client asking only for {@code totalCount} never
 * loads a row. Used by one request's thread only.
 *
 * @param <K> the source's key (e.g. a project id)
 * @param <E> an edge: a node with its cursor
 */
public final class Connection<K, E> {

    private final Batch<K, E> batch;
    private final K key;

    private Connection(Batch<K, E> batch, K key) {
        this.batch = batch;
        this.key = key;
    }

    public List<E> edges() {
        return batch.pages().getOrDefault(key, Page.empty()).rows();
    }

    public <N> List<N> nodes(Function<E, N> node) {
        return edges().stream().map(node).toList();
    }

    public PageInfo pageInfo() {
        List<E> edges = edges();
        return new PageInfo(batch.pages().getOrDefault(key, Page.empty()).hasNext(), batch.continued,
                edges.isEmpty() ? null : batch.cursorOf.apply(edges.get(0)),
                edges.isEmpty() ? null : batch.cursorOf.apply(edges.get(edges.size() - 1)));
    }

    public int totalCount() {
        return Math.toIntExact(batch.counts().getOrDefault(key, 0L));
    }

    /** The connections of one batch resolver call, sharing their loads. */
    public static final class Batch<K, E> {

        private final Supplier<Map<K, Page<E>>> loadPages;
        private final Supplier<Map<K, Long>> loadCounts;
        private final Function<E, String> cursorOf;
        private final boolean continued;
        private Map<K, Page<E>> pages;
        private Map<K, Long> counts;

        /**
         * @param loadPages every source's page, as edges
         * @param loadCounts every source's total, unpaged
         * @param cursorOf an edge's cursor
         * @param continued whether the page was asked for with {@code after} (hasPreviousPage)
         */
        public Batch(Supplier<Map<K, Page<E>>> loadPages, Supplier<Map<K, Long>> loadCounts, Function<E, String> cursorOf,
                boolean continued) {
            this.loadPages = loadPages;
            this.loadCounts = loadCounts;
            this.cursorOf = cursorOf;
            this.continued = continued;
        }

        /** One connection per key, in the keys' order. */
        public <C> List<C> connections(Collection<K> keys, Function<Connection<K, E>, C> wrap) {
            return keys.stream().map(k -> wrap.apply(new Connection<>(this, k))).toList();
        }

        private Map<K, Page<E>> pages() {
            if (pages == null) {
                pages = loadPages.get();
            }
            return pages;
        }

        private Map<K, Long> counts() {
            if (counts == null) {
                counts = loadCounts.get();
            }
            return counts;
        }
    }
}
