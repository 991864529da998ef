package io.cityplan.execution;

/**
 * What a feature tells {@link QueryCompiler} about the types it serves: the table of each type it owns, and how each
 * field it resolves reads from PostgreSQL (a relationship field is declared by the feature that resolves it, as its
 * {@code @Source} method is). A field left out is resolved field by field, as before.
 */
public interface SqlTypes {

    void contribute(SqlSchema schema);
}
