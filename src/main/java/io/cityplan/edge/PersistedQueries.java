package io.cityplan.edge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;

import io.cityplan.common.CaffeineCaches;
import io.cityplan.common.CityplanConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Persisted queries as Apollo Client, urql and Apollo's tools send them: {@code extensions.persistedQuery} with
 * {@code version: 1} and the SHA-256 of the query's text, in lower-case hex, in {@code sha256Hash}.
 * <ul>
 * <li>Automatic persisted queries (APQ), by default: a hash alone runs the query registered under it, or answers
 * PERSISTED_QUERY_NOT_FOUND (HTTP 200), upon which the client sends the hash with the query; the hash is checked
 * against
 * the query, and the query registered in memory, bounded by the queries' length. Each instance keeps its own: a client
 * sends the query once more to an instance that lacks it. A GET by hash alone is a short URL that caches can keep.
 * <li>Allow-list mode ({@code cityplan.persisted-queries.allow-list}): only the operations of a manifest
 * ({@code cityplan.persisted-queries.manifest}, as Apollo's generate-persisted-query-manifest writes it) run, sent by
 * hash or in full; nothing is registered, and any other query answers PERSISTED_QUERY_NOT_IN_LIST.
 * </ul>
 * RequestShape asks {@link #resolve} for the query of each request before it checks the request's shape. The
 * manifest is read at start, so that a server whose manifest is wrong does not start.
 */
@Startup
@ApplicationScoped
public class PersistedQueries {

    static final String NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND";
    static final String NOT_IN_LIST = "PERSISTED_QUERY_NOT_IN_LIST";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final long REGISTERED_CHARS = 4_000_000;

    private final boolean allowList;
    /** The manifest's operations by hash: the allow-list, and in APQ mode queries known from the start. */
    private final Map<String, String> listed;
    private final Cache<String, String> registered = CaffeineCaches.weighed(REGISTERED_CHARS,
            (String hash, String query) -> query.length());

    @Inject
    PersistedQueries(CityplanConfig config) {
        this(config.persistedQueries().allowList(),
                config.persistedQueries().manifest().map(PersistedQueries::read).orElse(Map.of()));
    }

    PersistedQueries(boolean allowList, Map<String, String> listed) {
        this.allowList = allowList;
        this.listed = listed;
        if (allowList && listed.isEmpty()) {
            throw new IllegalStateException("cityplan.persisted-queries.allow-list is on, but no manifest lists an "
                    + "operation: set cityplan.persisted-queries.manifest to a persisted query manifest");
        }
        if (!listed.isEmpty()) {
            Log.infof("Persisted queries: %d operations from the manifest%s", listed.size(),
                    allowList ? ", and only those run" : "");
        }
    }

    /** What {@link #resolve} found: the request to run, or the error to answer (an HTTP status and a code). */
    record Resolution(JsonObject request, int status, String code, String message) {

        static Resolution run(JsonObject request) {
            return new Resolution(request, 0, null, null);
        }

        static Resolution refuse(int status, String code, String message) {
            return new Resolution(null, status, code, message);
        }
    }

    /**
     * The request with its query: as sent, or looked up by its hash. A request that does not name a persisted query
     * runs as it is, unless only listed operations may run. Extensions that are not a JSON object are left for
     * RequestShape to refuse.
     */
    Resolution resolve(JsonObject request) {
        if (request.getValue("query") != null && !(request.getValue("query") instanceof String)) {
            return Resolution.run(request); // not a GraphQL request: RequestShape refuses it as such
        }
        var extensions = request.getValue("extensions") instanceof JsonObject e ? e : null;
        var persisted = extensions == null ? null : extensions.getValue("persistedQuery");
        var query = request.getValue("query") instanceof String q ? q : null;
        if (persisted == null) {
            if (allowList && query != null && !listed.containsKey(sha256(query))) {
                return notInList();
            }
            return Resolution.run(request);
        }
        if (!(persisted instanceof JsonObject p) || !Integer.valueOf(1).equals(p.getValue("version"))) {
            return Resolution.refuse(400, Answers.BAD_REQUEST, "persistedQuery must be { \"version\": 1, "
                    + "\"sha256Hash\": ... }; version 1 is the only one supported");
        }
        if (!(p.getValue("sha256Hash") instanceof String hash) || !SHA256.matcher(hash).matches()) {
            return Resolution.refuse(400, Answers.BAD_REQUEST,
                    "persistedQuery.sha256Hash must be the SHA-256 of the query, as 64 lower-case hex digits");
        }
        if (query == null) {
            var known = listed.getOrDefault(hash, allowList ? null : registered.getIfPresent(hash));
            if (known == null) {
                return Resolution.refuse(200, NOT_FOUND, "PersistedQueryNotFound");
            }
            return Resolution.run(request.copy().put("query", known));
        }
        if (!hash.equals(sha256(query))) {
            return Resolution.refuse(400, Answers.BAD_REQUEST, "provided sha does not match query");
        }
        if (allowList) {
            return listed.containsKey(hash) ? Resolution.run(request) : notInList();
        }
        registered.put(hash, query);
        return Resolution.run(request);
    }

    /** Whether {@code query} may run here: any query, or with the allow-list, one of the manifest. */
    boolean allowed(String query) {
        return !allowList || listed.containsKey(sha256(query));
    }

    private static Resolution notInList() {
        return Resolution.refuse(400, NOT_IN_LIST,
                "only the operations of the persisted query manifest run on this server");
    }

    static String sha256(String query) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(query.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The operations of a manifest: { "format": "apollo-persisted-query-manifest", "version": 1, "operations": [ {
     * "id", "name", "type", "body" } ] }, whose id is the SHA-256 of the body; an id that is not is refused at start.
     */
    static Map<String, String> read(Path manifest) {
        JsonObject json;
        try {
            json = new JsonObject(Files.readString(manifest, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the persisted query manifest " + manifest, e);
        } catch (DecodeException e) {
            throw new IllegalStateException("the persisted query manifest " + manifest + " is not JSON", e);
        }
        if (!"apollo-persisted-query-manifest".equals(json.getValue("format"))
                || !Integer.valueOf(1).equals(json.getValue("version"))
                || !(json.getValue("operations") instanceof JsonArray operations)) {
            throw new IllegalStateException(manifest + " is not an apollo-persisted-query-manifest of version 1");
        }
        var byHash = new HashMap<String, String>();
        for (var item : operations) {
            if (!(item instanceof JsonObject operation) || !(operation.getValue("body") instanceof String body)
                    || !(operation.getValue("id") instanceof String id) || !id.equals(sha256(body))) {
                throw new IllegalStateException(manifest + ": every operation needs a body and, as its id, the "
                        + "SHA-256 of the body: " + item);
            }
            byHash.put(id, body);
        }
        return Map.copyOf(byHash);
    }
}
