package io.cityplan.editing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.edge.RequestIds;
import io.cityplan.editing.Editors.Editor;

/**
 * The audit trail of table figure_change (migration V20), and the transaction every change runs in: each change is
 * written there with the one that makes it, and a change sent again under the same idempotency key is found there
 * instead of being made twice.
 */
@ApplicationScoped
public class Changes {

    /** The most a key may hold: a UUID or a client's own request key fits many times over. */
    private static final int MAX_KEY = 200;

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String DEADLOCK = "40P01";
    private static final String SERIALIZATION_FAILURE = "40001";

    private final DataSource dataSource;

    Changes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Work that changes rows and writes its change, on one connection, in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} in a transaction of its own, committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                var result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) || FOREIGN_KEY_VIOLATION.equals(e.getSQLState())) {
                // Another change, or a dataset release, committed first what this one checked against.
                throw new ConflictException("The change conflicts with another made at the same time, or with a "
                        + "dataset release being loaded: read again, and send it anew.");
            }
            if (DEADLOCK.equals(e.getSQLState()) || SERIALIZATION_FAILURE.equals(e.getSQLState())) {
                throw new ConflictException("The change met another made at the same time and was not made: send it "
                        + "anew.");
            }
            throw new IllegalStateException("A change failed: " + e.getMessage(), e);
        }
    }

    /**
     * The code of what a change already made under {@code key} by this editor changed, when the same change (the same
     * input to the same mutation) is sent again; empty when the key is new or null. The key is held for the rest of
     * the transaction, so that two retries at once make one change. CONFLICT when the key served another change.
     */
    public Optional<String> replayed(Connection connection, Editor editor, String key, String mutation, Object input)
            throws SQLException {
        if (key == null) {
            return Optional.empty();
        }
        InputRules.filledText(key, MAX_KEY, "idempotencyKey");
        try (var lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            lock.setString(1, editor.name() + "\n" + key);
            lock.execute();
        }
        try (var query = connection.prepareStatement(
                "SELECT code, input_hash FROM figure_change WHERE actor = ? AND idempotency_key = ?")) {
            query.setString(1, editor.name());
            query.setString(2, key);
            try (var rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString(2).equals(hash(mutation, input))) {
                    throw new ConflictException("The idempotency key " + key + " was used for another change; "
                            + "send a new key with each new change.");
                }
                return Optional.of(rs.getString(1));
            }
        }
    }

    /** What one change did to one figure, target or document, as {@link #write} keeps it. */
    public record Made(String subject, String code, ChangeAction action, int version, String reason, String before,
            String after) {
    }

    /** Keeps {@code change}, made by {@code editor} in this request under {@code key} for {@code input}. */
    public void write(Connection connection, Made change, Editor editor, String key, String mutation, Object input)
            throws SQLException {
        try (var insert = connection.prepareStatement(
                """
                        INSERT INTO figure_change (subject, code, action, version, actor, request_id, reason, before, after,
                            idempotency_key, input_hash) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?, ?)""")) {
            insert.setString(1, change.subject());
            insert.setString(2, change.code());
            insert.setString(3, change.action().name());
            insert.setInt(4, change.version());
            insert.setString(5, editor.name());
            insert.setString(6, RequestIds.current());
            insert.setString(7, change.reason());
            insert.setString(8, change.before());
            insert.setString(9, change.after());
            insert.setString(10, key);
            insert.setString(11, key == null ? null : hash(mutation, input));
            insert.executeUpdate();
        }
    }

    /** The changes of each of {@code codes} of {@code subject}, oldest first; one statement. */
    public List<List<FigureChange>> history(String subject, List<String> codes) {
        var byCode = new LinkedHashMap<String, List<FigureChange>>();
        codes.forEach(code -> byCode.put(code, new ArrayList<>()));
        try (var connection = dataSource.getConnection(); var query = connection.prepareStatement("""
                SELECT code, action, version, actor, changed_at, request_id, reason, before::text, after::text
                FROM figure_change WHERE subject = ? AND code = ANY(?) ORDER BY id""")) {
            query.setString(1, subject);
            query.setArray(2, connection.createArrayOf("text", codes.toArray()));
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    byCode.get(rs.getString(1)).add(new FigureChange(ChangeAction.valueOf(rs.getString(2)),
                            rs.getInt(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the history of figures: " + e.getMessage(), e);
        }
        return codes.stream().map(byCode::get).toList();
    }

    /** What identifies one change's input: the mutation and its input, hashed. */
    private static String hash(String mutation, Object input) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((mutation + "\n" + input).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
