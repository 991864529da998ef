package io.cityplan.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A piece of SQL with the values of its {@code ?} placeholders, in order. Values are always bound, never spliced into
 * the text; pieces combine with {@link #and}, {@link #or} and {@link #not} into one predicate.
 */
public record Sql(String text, List<Object> params) {

    public static final Sql TRUE = new Sql("TRUE", List.of());

    public static Sql of(String text, Object... params) {
        return new Sql(text, List.of(params));
    }

    /** {@code column = ANY(values)}, with the values bound as one text array. */
    public static Sql anyOf(String column, Collection<String> values) {
        return of(column + " = ANY(CAST(? AS text[]))", textArray(values));
    }

    /** Every piece must hold; TRUE for none. */
    public static Sql and(List<Sql> parts) {
        return join(" AND ", parts.stream().filter(p -> p != TRUE).toList(), TRUE);
    }

    /** At least one piece must hold; FALSE for none. */
    public static Sql or(List<Sql> parts) {
        return join(" OR ", parts, of("FALSE"));
    }

    /** The piece does not hold; a piece that is unknown (NULL) for a row counts as not holding, so NOT keeps it. */
    public static Sql not(Sql part) {
        return new Sql("NOT coalesce(" + part.text + ", FALSE)", part.params);
    }

    /** Text, then this piece, then more text: the parameters stay in order. */
    public Sql wrap(String before, String after) {
        return new Sql(before + text + after, params);
    }

    /** This piece followed by others, as one. */
    public Sql append(Sql... more) {
        var all = new ArrayList<>(List.of(this));
        all.addAll(List.of(more));
        return join("", all, this);
    }

    private static Sql join(String separator, List<Sql> parts, Sql empty) {
        if (parts.isEmpty()) {
            return empty;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        var text = parts.stream().map(p -> separator.isEmpty() ? p.text : "(" + p.text + ")")
                .collect(Collectors.joining(separator));
        return new Sql(text, parts.stream().flatMap(p -> p.params.stream()).toList());
    }

    /** The SQL prepared on a JDBC connection, its values bound; the caller closes it. */
    public PreparedStatement prepare(Connection connection) throws SQLException {
        var statement = connection.prepareStatement(text);
        try {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Runs the SQL as a native query of the entity manager's session: one row of values per result row. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EntityManager entityManager) {
        return query(entityManager, Object[].class).getResultList();
    }

    /** Runs the SQL as a statement that returns no rows (an INSERT, UPDATE or DELETE); how many rows it changed. */
    public int update(EntityManager entityManager) {
        return query(entityManager, null).executeUpdate();
    }

    /** The native query, its placeholders numbered and its values bound; rows of {@code resultType} unless null. */
    private Query query(EntityManager entityManager, Class<?> resultType) {
        var numbered = new StringBuilder(text.length() + 16);
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        var query = resultType == null ? entityManager.createNativeQuery(numbered.toString())
                : entityManager.createNativeQuery(numbered.toString(), resultType);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    /**
     * PostgreSQL's base64url encoding, without padding, of {@code prefix} followed by the text expression {@code key}:
     * what {@code Base64.getUrlEncoder().withoutPadding()} makes of the same UTF-8 text (PostgreSQL's base64 breaks
     * lines, which this removes).
     */
    public static Sql base64url(String prefix, String key) {
        return of("translate(encode(convert_to(CAST(? AS text) || " + key + ", 'UTF8'), 'base64'), E'+/=\\n', '-_')",
                prefix);
    }

    /** A PostgreSQL array literal of the values, every element quoted. */
    public static String textArray(Collection<String> values) {
        return values.stream().map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
