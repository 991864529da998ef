package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import graphql.GraphQLContext;
import graphql.Scalars;
import graphql.execution.ExecutionId;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLObjectType;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;

class PropertyFetchersTest {

    /** A record as cityplan answers with. */
    public record Sample(String name) {
    }

    private final AtomicInteger selectionReads = new AtomicInteger();

    @AfterEach
    void clearContext() {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
    }

    @Test
    void readsTheRecordComponentWithoutTheSelectionSet() throws Exception {
        var fetcher = new PropertyFetchers().getFieldDataFetcher(field(), new Type(), owner());

        assertEquals("石家庄", fetcher.get(environment(new Sample("石家庄"))));
        assertEquals(0, selectionReads.get());
    }

    /**
     * The canary of {@link PropertyFetchers}: SmallRye's own fetcher of a plain property renders the field's selection
     * set into the request context for every value it reads. When this fails, SmallRye no longer does, and
     * {@code PropertyFetchers} (with its line in {@code META-INF/services}) can be deleted.
     */
    @Test
    void smallRyeStillBuildsTheContextForEveryPlainProperty() throws Exception {
        SmallRyeContextManager.fromInitialRequest(Json.createObjectBuilder().add("query", "{ name }").build());
        var fetcher = new FieldDataFetcher<>(field(), new Type(), owner());

        assertEquals("石家庄", fetcher.get(environment(new Sample("石家庄"))));
        assertTrue(selectionReads.get() > 0, "SmallRye read the selection set " + selectionReads.get() + " times");
    }

    private static Field field() {
        return new Field("name", "name", "name", reference(String.class.getName(), "String", ReferenceType.SCALAR));
    }

    private static Reference owner() {
        return reference(Sample.class.getName(), "Sample", ReferenceType.TYPE);
    }

    private static Reference reference(String className, String name, ReferenceType type) {
        var reference = new Reference();
        reference.setClassName(className);
        reference.setName(name);
        reference.setType(type);
        return reference;
    }

    private DataFetchingEnvironment environment(Object source) {
        var selections = (DataFetchingFieldSelectionSet) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { DataFetchingFieldSelectionSet.class }, (proxy, method, args) -> {
                    selectionReads.incrementAndGet();
                    return method.getReturnType() == boolean.class ? false : List.of();
                });
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .source(source)
                .selectionSet(selections)
                .executionId(ExecutionId.from("canary"))
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("name")).build())
                .mergedField(MergedField.newMergedField(graphql.language.Field.newField("name").build()).build())
                .operationDefinition(OperationDefinition.newOperationDefinition()
                        .operation(OperationDefinition.Operation.QUERY).build())
                .parentType(GraphQLObjectType.newObject().name("Sample")
                        .field(f -> f.name("name").type(Scalars.GraphQLString)).build())
                .graphQLContext(GraphQLContext.newContext().build())
                .build();
    }
}
