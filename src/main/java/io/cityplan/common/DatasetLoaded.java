package io.cityplan.common;

/**
 * Fired at start-up once the database holds the dataset this build ships, loaded or found unchanged, so that what is
 * cached from its tables is read again.
 */
public record DatasetLoaded() {
}
