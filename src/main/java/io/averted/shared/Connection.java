package io.averted.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One source's page of a Relay connection, read when a field asks for it. A resolver builds one {@link Batch} for all
 * its sources: the first connection whose rows are read loads every source's keyset page in one go, the first whose
 * {@code totalCount} is read loads every count in one go, and a client asking only for {@code totalCount} never
 * loads a row. Used by one request's thread only.
 *
 * @param <K> the source's key (e.g. a project id)
 * @param <E> an edge: a node with its cursor
 */
public final class Connection<K, E> {

    private final Batch<K, ?, E> batch;
    private final K key;

    private Connection(Batch<K, ?, E> batch, K key) {
        this.batch = batch;
        this.key = key;
    }

    /**
     * The connections of one resolver call.
     *
     * @param keyset the order of the rows
     * @param page what the client asked for (checked before anything is read)
     * @param rows every source's rows: up to {@code page.limit()} each, in the keyset's order, in one statement
     * @param sourceOf a row's source
     * @param edge a row's edge, given its cursor
     * @param counts every source's total, unpaged, in one statement
     */
    public static <K, T, E> Batch<K, T, E> batch(Keyset<T> keyset, PageRequest page, Supplier<List<T>> rows, Function<T, K> sourceOf,
            BiFunction<String, T, E> edge, Supplier<Map<K, Long>> counts) {
        return new Batch<>(keyset, page, rows, sourceOf, edge, counts);
    }

    public List<E> edges() {
        return loaded().edges();
    }

    public <N> List<N> nodes(Function<E, N> node) {
        return edges().stream().map(node).toList();
    }

    public PageInfo pageInfo() {
        Loaded<E> loaded = loaded();
        return new PageInfo(loaded.hasNext(), batch.page.continued(), loaded.startCursor(), loaded.endCursor());
    }

    public int totalCount() {
        return Math.toIntExact(batch.counts().getOrDefault(key, 0L));
    }

    private Loaded<E> loaded() {
        return batch.pages().getOrDefault(key, Loaded.empty());
    }

    /** A source's page as edges, with the cursors of its first and last row. */
    private record Loaded<E>(List<E> edges, boolean hasNext, String startCursor, String endCursor) {

        static <E> Loaded<E> empty() {
            return new Loaded<>(List.of(), false, null, null);
        }
    }

    /** The connections of one resolver call, sharing their loads. */
    public static final class Batch<K, T, E> {

        private final Keyset<T> keyset;
        private final PageRequest page;
        private final Supplier<List<T>> loadRows;
        private final Function<T, K> sourceOf;
        private final BiFunction<String, T, E> edge;
        private final Supplier<Map<K, Long>> loadCounts;
        private Map<K, Loaded<E>> pages;
        private Map<K, Long> counts;

        private Batch(Keyset<T> keyset, PageRequest page, Supplier<List<T>> loadRows, Function<T, K> sourceOf,
                BiFunction<String, T, E> edge, Supplier<Map<K, Long>> loadCounts) {
            this.keyset = keyset;
            this.page = page;
            this.loadRows = loadRows;
            this.sourceOf = sourceOf;
            this.edge = edge;
            this.loadCounts = loadCounts;
        }

        /** One connection per key, in the keys' order. */
        public <C> List<C> connections(Collection<K> keys, Function<Connection<K, E>, C> wrap) {
            return keys.stream().map(k -> wrap.apply(new Connection<>(this, k))).toList();
        }

        /** The connection of the one source there is (a top-level list). */
        public <C> C connection(K key, Function<Connection<K, E>, C> wrap) {
            return wrap.apply(new Connection<>(this, key));
        }

        private Map<K, Loaded<E>> pages() {
            if (pages == null) {
                Map<K, List<T>> bySource = new LinkedHashMap<>();
                DatabaseUnavailableException.translating(loadRows).forEach(row -> bySource.computeIfAbsent(sourceOf.apply(row), k -> new ArrayList<>()).add(row));
                pages = new HashMap<>();
                bySource.forEach((source, rows) -> pages.put(source, load(rows)));
            }
            return pages;
        }

        /** Cuts the up to {@code size + 1} rows fetched for a source down to its page, as edges. */
        private Loaded<E> load(List<T> fetched) {
            boolean hasNext = fetched.size() > page.size();
            List<T> rows = hasNext ? fetched.subList(0, page.size()) : fetched;
            List<String> cursors = rows.stream().map(keyset::cursor).toList();
            List<E> edges = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                edges.add(edge.apply(cursors.get(i), rows.get(i)));
            }
            return new Loaded<>(List.copyOf(edges), hasNext, rows.isEmpty() ? null : cursors.get(0),
                    rows.isEmpty() ? null : cursors.get(cursors.size() - 1));
        }

        private Map<K, Long> counts() {
            if (counts == null) {
                counts = DatabaseUnavailableException.translating(loadCounts);
            }
            return counts;
        }
    }
}
