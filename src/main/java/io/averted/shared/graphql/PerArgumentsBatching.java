package io.averted.shared.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.dataloader.BatchLoaderEnvironment;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusDataFetcherService;
import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Makes every batch resolver ({@code @Source List<…>}) answer each alias with its own arguments.
 * <p>
 * SmallRye GraphQL collects all loads of one field in a request into one batch and calls the resolver with the
 * <em>first</em> load's arguments, so {@code a: risks(first: 1) b: risks(first: 5)} answered both with one risk.
 * This service wraps Quarkus's data fetchers (it runs before them: lower priority number) and splits each batch into
 * one call per distinct argument list, in order, one after the other (they share the request's persistence context).
 * Loads with equal arguments still share one call, so lists stay free of N+1.
 * <p>
 * It also reads plain fields (a getter or public field of the object) without SmallRye's per-field context: SmallRye
 * clones a context and renders the field's selection as JSON twice for <em>every</em> field it resolves, which was
 * most of the server's CPU on a page of 50 risks. Nothing reads that context for a plain field; resolvers (the
 * methods of {@code @GraphQLApi} beans) still get it.
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

    @Override
    public PlugableDataFetcher getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PlainField<>(field, owner);
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

    /** Reads a field of the source object, transformed as SmallRye would (formats, adapters), nothing else. */
    private static final class PlainField<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper helper;
        private volatile Function<Object, Object> read;

        PlainField(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.helper = new FieldHelper(field);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            Object source = environment.getSource();
            if (source == null) {
                return null;
            }
            if (read == null) {
                read = accessor();
            }
            return (T) helper.transformOrAdaptResponse(read.apply(source), environment);
        }

        private Function<Object, Object> accessor() throws ReflectiveOperationException {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            if (field.getMethodName() != null) {
                java.lang.reflect.Method getter = type.getMethod(field.getMethodName());
                return source -> invoke(getter, source);
            }
            java.lang.reflect.Field plain = type.getField(field.getPropertyName());
            return source -> {
                try {
                    return plain.get(source);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            };
        }

        private static Object invoke(java.lang.reflect.Method getter, Object source) {
            try {
                return getter.invoke(source);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
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
