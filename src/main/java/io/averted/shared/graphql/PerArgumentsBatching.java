package io.averted.shared.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.dataloader.BatchLoaderEnvironment;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Makes every batch resolver ({@code @Source List<…>}) answer each alias with its own arguments.
 * <p>
 * SmallRye GraphQL collects all loads of one field in a request into one batch and calls the resolver with the
 * <em>first</em> load's arguments, so {@code a: risks(first: 1) b: risks(first: 5)} answered both with one risk.
 * This service wraps Quarkus's data fetchers (it runs before them: lower priority number) and splits each batch into
 * one call per distinct argument list, in order, one after the other (they share the request's persistence context).
 * Loads with equal arguments still share one call, so lists stay free of N+1.
 */
public class PerArgumentsBatching implements DataFetcherService {

    private static final String ARGUMENTS = "arguments";

    private final QuarkusDataFetcherService quarkus = new QuarkusDataFetcherService();

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableBatchableDataFetcher getDefaultDataFetcher(Operation operation, Type type) {
        return split(quarkus.getDefaultDataFetcher(operation, type));
    }

    @Override
    public PlugableBatchableDataFetcher getCompletionStageDataFetcher(Operation operation, Type type) {
        return split(quarkus.getCompletionStageDataFetcher(operation, type));
    }

    @Override
    public PlugableBatchableDataFetcher getUniDataFetcher(Operation operation, Type type) {
        return split(quarkus.getUniDataFetcher(operation, type));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static PlugableBatchableDataFetcher split(PlugableBatchableDataFetcher delegate) {
        return delegate == null ? null : new Splitting(delegate);
    }

    private record Splitting<K, T>(PlugableBatchableDataFetcher<K, T> delegate) implements PlugableBatchableDataFetcher<K, T> {

        @Override
        public T get(DataFetchingEnvironment environment) throws Exception {
            return delegate.get(environment);
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<List<T>> load(List<K> keys, BatchLoaderEnvironment environment) {
            List<Object> contexts = environment.getKeyContextsList();
            Map<Object, List<Integer>> positionsByArguments = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                Object arguments = i < contexts.size() && contexts.get(i) instanceof Map<?, ?> context ? context.get(ARGUMENTS) : null;
                positionsByArguments.computeIfAbsent(new Arguments(arguments), a -> new ArrayList<>()).add(i);
            }
            if (positionsByArguments.size() <= 1) {
                return delegate.load(keys, environment);
            }
            List<T> results = new ArrayList<>(keys.size());
            keys.forEach(k -> results.add(null));
            CompletionStage<Void> chain = CompletableFuture.completedFuture(null);
            for (List<Integer> positions : positionsByArguments.values()) {
                chain = chain.thenCompose(ignored -> loadSafely(pick(keys, positions), subset(environment, keys, contexts, positions))
                        .handle((values, failure) -> {
                            for (int j = 0; j < positions.size(); j++) {
                                // a Throwable as a value fails only its own key (java-dataloader), so one alias's
                                // refusal does not take the others down
                                results.set(positions.get(j), failure != null ? (T) unwrap(failure) : values.get(j));
                            }
                            return null;
                        }));
            }
            return chain.thenApply(ignored -> results);
        }

        /** The delegate's answer; a refusal it throws (resolvers run on the request's thread) fails only this group. */
        private CompletionStage<List<T>> loadSafely(List<K> keys, BatchLoaderEnvironment environment) {
            try {
                return delegate.load(keys, environment);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        private static Object unwrap(Throwable failure) {
            return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        }

        private static <E> List<E> pick(List<E> all, List<Integer> positions) {
            return positions.stream().map(all::get).toList();
        }

        private static <E> BatchLoaderEnvironment subset(BatchLoaderEnvironment environment, List<E> keys, List<Object> contexts,
                List<Integer> positions) {
            return BatchLoaderEnvironment.newBatchLoaderEnvironment()
                    .context(environment.getContext())
                    .keyContexts(pick(keys, positions), pick(contexts, positions))
                    .build();
        }
    }

    /** Argument lists compared by value (inputs arrive as records, enums, strings, numbers and lists of them). */
    private record Arguments(Object values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Arguments that && Objects.deepEquals(values, that.values);
        }

        @Override
        public int hashCode() {
            return values instanceof Object[] array ? java.util.Arrays.deepHashCode(array) : Objects.hashCode(values);
        }
    }
}
