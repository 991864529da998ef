package io.cityplan.edge;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Reads the plain properties of the records cityplan answers with (a task's {@code titleZh}, a connection's
 * {@code nodes}) without building SmallRye's per-field request context, through SmallRye's data fetcher SPI (listed in
 * {@code META-INF/services}).
 * <p>
 * SmallRye GraphQL 2.17's {@code FieldDataFetcher}, which serves every such property, calls
 * {@code SmallRyeContextManager.populateFromDataFetchingEnvironment} for each value it reads: it clones the request's
 * context and renders the field's whole selection set to JSON twice, although reading a record component needs none of
 * it. For the explorer's example (74 targets with their quotes and indicators, under 45 tasks) that was a quarter of
 * the server's CPU. This fetcher reads the property and transforms or adapts it exactly as SmallRye's does, and nothing
 * more; fields with arguments or of {@code @Source} methods keep SmallRye's fetchers and their context.
 * {@code PropertyFetchersTest} fails once SmallRye stops building the context for plain properties, so that this class
 * can be deleted.
 */
public class PropertyFetchers implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PlugableDataFetcher getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PropertyFetcher<>(field, owner);
    }

    /** Reads one property of the source object, as SmallRye's {@code FieldDataFetcher} does, without the context. */
    static final class PropertyFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

        private final Field field;
        private final Reference owner;
        private final FieldHelper helper;
        private volatile Accessor accessor;

        PropertyFetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
            this.helper = new FieldHelper(field);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(DataFetchingEnvironment environment) throws Exception {
            var read = accessor;
            if (read == null) {
                read = accessor();
                accessor = read;
            }
            var value = read.get(environment.getSource());
            try {
                return (T) helper.transformOrAdaptResponse(value, environment);
            } catch (AbstractDataFetcherException notTransformed) {
                // SmallRye's fetcher logs this and answers the value as it was read; so does this one
                return (T) value;
            }
        }

        private Accessor accessor() {
            try {
                var type = ClassloadingService.get().loadClass(owner.getClassName());
                if (field.getMethodName() == null) {
                    var property = type.getField(field.getPropertyName());
                    return property::get;
                }
                Method method = type.getMethod(field.getMethodName());
                return source -> {
                    try {
                        return method.invoke(source);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause() instanceof Exception e ? e : failed;
                    }
                };
            } catch (ReflectiveOperationException notFound) {
                throw new GraphQLException(notFound);
            }
        }
    }

    @FunctionalInterface
    private interface Accessor {
        Object get(Object source) throws Exception;
    }
}
