package io.cityplan.kpi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.cityplan.common.InvalidArgumentException;
import io.cityplan.common.Sql;
import io.cityplan.common.YearRange;
import io.cityplan.edge.Answers;
import io.cityplan.edge.Failures;
import io.cityplan.edge.RequestIds;
import io.quarkus.logging.Log;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /export/targets.csv} and {@code GET /export/observations.csv}: every target or figure a filter keeps, as
 * CSV ({@link FigureExport}). The parameters are those of the GraphQL fields, in the URL: {@code filter} (the filter
 * as JSON, as it would be sent in variables), {@code orderBy} (order names, comma-separated), {@code mostRecent}
 * (figures) and {@code asOf} (targets, for a filter on status). A bad parameter answers HTTP 400 with a GraphQL-style
 * error and its stable code, before any row is sent; a failure once rows have gone out closes the connection without
 * the chunked body's end, so that no client takes a cut-short file for a whole one. An export must finish within
 * {@code quarkus.http.idle-timeout}: Vert.x closes a connection on which the client has sent nothing for that long,
 * even while the response is being written (README, "Exports as CSV").
 */
@ApplicationScoped
// The filters are read from JSON by Jackson, in the native executable too.
@RegisterForReflection(targets = { TargetFilter.class, ObservationFilter.class, YearRange.class,
        IndicatorCategory.class,
        ObservationKind.class, Comparison.class, TargetStatus.class })
public class FigureExportRoutes {

    static final String PATH = "/export/";
    private static final long WRITE_TIMEOUT_SECONDS = 60;
    /**
     * Exports running at once. Each holds a connection of the pool the GraphQL queries share for as long as its client
     * takes to read, so a few slow clients must not take the pool: one more answers 503 SERVICE_UNAVAILABLE with
     * Retry-After.
     */
    static final int MAX_RUNNING = 2;
    /** The longest an export may take, however slowly its client reads: its connection is needed by others. */
    static final Duration MAX_DURATION = Duration.ofMinutes(10);

    private final Semaphore running = new Semaphore(MAX_RUNNING);

    private final FigureExport export;
    private final ObjectMapper json;

    FigureExportRoutes(FigureExport export, ObjectMapper json) {
        this.export = export;
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS).disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    void route(@Observes Router router) {
        router.get(PATH + "targets.csv").blockingHandler(context -> send(context, "targets.csv", Set.of("filter",
                "orderBy", "asOf"),
                () -> export.targets(filter(context, TargetFilter.class),
                        orders(context, TargetOrder.class), KpiGraphQLApi.asOfOrThisYear(integer(context, "asOf"))),
                FigureExport.TARGET_HEADER), false);
        router.get(PATH + "observations.csv").blockingHandler(context -> send(context, "observations.csv",
                Set.of("filter", "orderBy", "mostRecent"), () -> export.observations(
                        filter(context, ObservationFilter.class), orders(context, ObservationOrder.class),
                        integer(context, "mostRecent")),
                FigureExport.OBSERVATION_HEADER), false);
    }

    private void send(RoutingContext context, String file, Set<String> known, Supplier<Sql> statement,
            List<String> header) {
        Sql sql;
        try {
            for (var name : context.queryParams().names()) {
                if (!known.contains(name)) {
                    throw new InvalidArgumentException("unknown parameter " + name + "; " + file + " takes "
                            + String.join(", ", known.stream().sorted().toList()));
                }
            }
            sql = statement.get();
        } catch (RuntimeException e) {
            Answers.refuse(context, Failures.of(e, RequestIds.current()));
            return;
        }
        if (!running.tryAcquire()) {
            context.response().putHeader("Retry-After", "10");
            Answers.refuse(context, 503, MAX_RUNNING + " exports are running; retry in 10 s",
                    "SERVICE_UNAVAILABLE");
            return;
        }
        var response = context.response().setChunked(true)
                .putHeader("Content-Type", "text/csv; charset=utf-8; header=present")
                .putHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        var deadline = System.nanoTime() + MAX_DURATION.toNanos();
        try {
            export.write(sql, header, chunk -> write(context, chunk, deadline));
            response.end();
        } catch (ExportStopped e) {
            Log.infof("export %s stopped: %s", file, e.getMessage());
            response.reset();
        } catch (Exception e) {
            var error = Failures.of(e, RequestIds.current());
            if (!response.headWritten()) {
                Answers.refuse(context, error);
            } else {
                response.reset();
            }
        } finally {
            running.release();
        }
    }

    /** Writes a chunk and waits until it is on its way, so that a slow client slows the read rather than memory. */
    private static void write(RoutingContext context, String chunk, long deadline) {
        if (System.nanoTime() > deadline) {
            throw new ExportStopped("it took longer than " + MAX_DURATION.toMinutes() + " minutes");
        }
        try {
            context.response().write(Buffer.buffer(chunk)).toCompletionStage().toCompletableFuture()
                    .get(WRITE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportStopped("interrupted while sending it");
        } catch (ExecutionException e) {
            throw new ExportStopped("the client closed the connection");
        } catch (TimeoutException e) {
            throw new ExportStopped("the client read nothing for " + WRITE_TIMEOUT_SECONDS + " s");
        }
    }

    /** The client went away, stopped reading or took too long: not a failure of the server's. */
    private static final class ExportStopped extends RuntimeException {
        ExportStopped(String message) {
            super(message, null, false, false);
        }
    }

    /** The filter parameter read as the GraphQL input it stands for; null when absent. */
    private <T> T filter(RoutingContext context, Class<T> type) {
        var text = context.queryParams().get("filter");
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            var tree = json.readTree(text);
            if (!tree.isObject()) {
                throw new InvalidArgumentException("filter must be a JSON object, as in GraphQL variables");
            }
            return json.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidArgumentException(path(e) + ": no such field; the fields are those of "
                    + type.getSimpleName() + " in the schema");
        } catch (InvalidFormatException e) {
            throw new InvalidArgumentException(path(e) + ": " + quoted(e.getValue()) + " is not a valid value");
        } catch (MismatchedInputException e) {
            throw new InvalidArgumentException(path(e) + ": not a value of the type the schema gives it");
        } catch (JsonProcessingException e) {
            throw new InvalidArgumentException("filter is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Where in the filter Jackson stopped, as field names and list positions: filter.year.from, filter.and[1]. */
    private static String path(MismatchedInputException e) {
        var path = new StringBuilder("filter");
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    /** The orderBy parameter: names of the order's values, comma-separated or repeated. */
    private static <E extends Enum<E>> List<E> orders(RoutingContext context, Class<E> type) {
        var orders = new ArrayList<E>();
        for (var value : context.queryParams().getAll("orderBy")) {
            for (var name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    orders.add(Enum.valueOf(type, name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidArgumentException("orderBy: " + name.strip() + " is not one of "
                            + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
                }
            }
        }
        return orders;
    }

    private static Integer integer(RoutingContext context, String name) {
        var value = context.queryParams().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException(name + ": " + value + " is not a whole number");
        }
    }
}
