package io.cityplan.edge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.Cache;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLTypeUtil;
import io.cityplan.common.CaffeineCaches;
import io.cityplan.common.Connections;

/**
 * What a query will cost, worked out from its text and variables before anything runs, as GitHub's and Shopify's
 * APIs do; a query that costs more than the limit is refused with QUERY_TOO_COMPLEX, and every response that ran
 * reports its cost and the limit in {@code extensions.cost}.
 * <p>
 * The unit is one field value to resolve, about 5 µs of CPU here. A cost has two parts:
 * <ul>
 * <li>per value resolved: every field costs 1, every value its arguments hold (a filter's conditions, a list's items)
 * 1 more, a target's {@code progress} {@value #PROGRESS} more (its figures are looked up and judged); the fields under
 * a connection's {@code nodes} or {@code edges} count once per item of the page asked for ({@code first} or
 * {@code last}, 100 when neither is given), under a list that is not paged (a plan's programmes, the regions, a
 * statistic's rows) {@value #UNPAGED} times, more than any such list of the dataset holds, under {@code nodes(ids:)}
 * once per id. A nested list counts its page for every item of its parents' pages, as if every parent filled it.</li>
 * <li>per field of the query, however many parents it has (the SQL behind it reads the field for all of them in one
 * statement): a connection {@value #STATEMENT}; a {@code totalCount} {@value #COUNT} (a count reads the rows it
 * counts: about 25 ms of CPU for a filter of 50 indicators at 1,000,000 figures); each term of a search text
 * {@value #SEARCH_TERM}; a list of figures with {@code mostRecent} {@value #MOST_RECENT} (it reads the latest figures
 * of every series in the filter's scope before it pages: 0.4 CPU-seconds at 1,000,000 figures); a {@code targetStats}
 * over a filter that asks more than a plan, programme, task or statuses {@value #STATS} (it judges every target the
 * filter keeps: 1 CPU-second for 100,000 targets; the others are read from counts kept per task).</li>
 * </ul>
 * The schema's own introspection fields cost 1 each. {@code bench/cost.mjs} measures the CPU of the most expensive
 * queries the limit lets through.
 * <p>
 * Arguments are bounded before they are costed: an argument may hold at most {@value ArgumentSizes#MAX_ITEMS} list
 * items in all
 * (counting the items of every list nested in it) and nest input objects at most {@value ArgumentSizes#MAX_NESTING}
 * deep; beyond
 * either the query answers INVALID_ARGUMENT.
 */
final class QueryCost extends SimplePerformantInstrumentation {

    static final int STATEMENT = 20;
    static final int COUNT = 2_500;
    static final int UNPAGED = 30;
    static final int SEARCH_TERM = 150;
    static final int MOST_RECENT = 40_000;
    static final int PROGRESS = 30;
    static final int STATS = 40_000;
    /** What a targetStats filter may ask and still be answered from the counts kept per task (migration V9). */
    private static final Set<String> KEPT_COUNTS = Set.of("plan", "programme", "task", "statuses");
    static final int DEFAULT_PAGE = Connections.MAX_PAGE;

    private final int limit;
    /** The most one field may add up to: more than the limit, and small enough that no sum of fields overflows. */
    private final int ceiling;
    /**
     * The cost of each request seen lately that passed the depth limit and this one: it depends only on the query, the
     * operation and the variables, so a request sent again is not walked again (a tenth of the CPU of a small query).
     */
    private final Cache<RequestKey, Passed> passed = CaffeineCaches.weighed(4_000_000, (key, cost) -> key.weight());

    private record Passed(int requested, boolean atLeast) {
    }

    QueryCost(int limit, int maxTokens) {
        this.limit = limit;
        this.ceiling = (int) Math.min((long) limit + 1, Integer.MAX_VALUE / Math.max(1, maxTokens));
    }

    /** The cost of one operation, once worked out. */
    final class Cost implements InstrumentationState {
        private Integer requested;
        private long statements;
        private boolean atLeast;

        /** The value, or the ceiling when it is higher; the cost reported is then "at least". */
        private int capped(long value) {
            if (value >= ceiling) {
                atLeast = true;
            }
            return (int) Math.min(value, ceiling);
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Cost();
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        var context = parameters.getExecutionContext();
        var cost = (Cost) state;
        var key = RequestKey.of(context.getExecutionInput());
        var known = passed.getIfPresent(key);
        if (known != null) {
            cost.requested = known.requested();
            cost.atLeast = known.atLeast();
            return null;
        }
        cost.requested = QueryComplexityCalculator.newCalculator().schema(context.getGraphQLSchema())
                .document(context.getDocument()).operationName(context.getExecutionInput().getOperationName())
                .variables(context.getCoercedVariables()).fieldComplexityCalculator((field, children) -> {
                    cost.statements = Math.min(cost.statements + perStatement(field), ceiling);
                    return cost.capped(perValue(field, children));
                }).build().calculate();
        cost.requested = cost.capped(cost.requested + cost.statements);
        if (cost.requested > limit) {
            throw QueryLimits.abort(QueryLimits.TOO_COMPLEX, "the query costs " + (cost.atLeast ? "at least " : "")
                    + cost.requested + "; the limit is " + limit + " (see extensions.cost)");
        }
        passed.put(key, new Passed(cost.requested, cost.atLeast));
        return null;
    }

    /** Whether the request passed the depth limit and this one before (so it does again). */
    boolean passedBefore(RequestKey request) {
        return passed.getIfPresent(request) != null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (!(state instanceof Cost cost) || cost.requested == null) {
            return CompletableFuture.completedFuture(result);
        }
        var extensions = new LinkedHashMap<Object, Object>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        var report = new LinkedHashMap<String, Object>();
        report.put("requested", cost.requested);
        if (cost.atLeast) {
            report.put("atLeast", true);
        }
        report.put("limit", limit);
        extensions.put("cost", report);
        return CompletableFuture.completedFuture(result.transform(b -> b.extensions(extensions)));
    }

    /** What the field costs for each value of it resolved: 1, its arguments' values, and the fields under it. */
    private static long perValue(FieldComplexityEnvironment field, int children) {
        var definition = field.getFieldDefinition();
        var name = definition.getName();
        if (introspection(field)) {
            return 1L + children;
        }
        long own = 1;
        for (var argument : field.getArguments().entrySet()) {
            var argumentName = name + "(" + argument.getKey() + ":)";
            var declared = definition.getArgument(argument.getKey());
            if (declared != null) {
                IntArguments.check(argumentName, declared.getType(), argument.getValue());
            }
            own += ArgumentSizes.values(argumentName, argument.getValue());
        }
        if (name.equals("progress")) {
            own += PROGRESS;
        }
        var type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        return own + multiplier(field, type) * (long) children;
    }

    /**
     * What the field costs once, however many parents it has: the SQL behind it, which reads the field for all of its
     * parents in one statement.
     */
    private static long perStatement(FieldComplexityEnvironment field) {
        if (introspection(field)) {
            return 0;
        }
        var name = field.getFieldDefinition().getName();
        var typeName = GraphQLTypeUtil.unwrapAll(field.getFieldDefinition().getType()).getName();
        var arguments = field.getArguments();
        long cost = 0;
        if (typeName.endsWith("Connection")) {
            cost += STATEMENT;
        }
        if (name.equals("totalCount")) {
            cost += COUNT;
        }
        if (arguments.get("text") instanceof String text && typeName.equals("SearchHitConnection")) {
            cost += (long) SEARCH_TERM * text.trim().split("\\s+").length;
        }
        if (arguments.get("mostRecent") != null) {
            cost += MOST_RECENT;
        }
        if (name.equals("targetStats") && !(arguments.get("filter") instanceof Map<?, ?> filter
                && KEPT_COUNTS.containsAll(filter.keySet()))) {
            cost += STATS;
        }
        return cost;
    }

    private static boolean introspection(FieldComplexityEnvironment field) {
        return field.getFieldDefinition().getName().startsWith("__")
                || field.getParentType().getName().startsWith("__");
    }

    /** How many times the fields under this one are resolved, at most. */
    private static long multiplier(FieldComplexityEnvironment field, graphql.schema.GraphQLType type) {
        if (!(type instanceof GraphQLList)) {
            return 1;
        }
        var name = field.getFieldDefinition().getName();
        if (name.equals("nodes") && field.getArguments().get("ids") instanceof Collection<?> ids) {
            return ids.size();
        }
        var parent = field.getParentEnvironment();
        if ((name.equals("nodes") || name.equals("edges")) && parent != null
                && field.getParentType().getName().endsWith("Connection")) {
            return pageSize(parent.getArguments());
        }
        return UNPAGED;
    }

    private static long pageSize(Map<String, Object> arguments) {
        // A variable's value may come as any Number (SmallRye reads the JSON of variables as BigDecimal).
        var size = arguments.get("first") instanceof Number first ? first.longValue()
                : arguments.get("last") instanceof Number last ? last.longValue() : DEFAULT_PAGE;
        return Math.max(0, Math.min(size, Connections.MAX_PAGE));
    }

}
