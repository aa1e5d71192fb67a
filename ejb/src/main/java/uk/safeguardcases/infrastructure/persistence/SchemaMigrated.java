package uk.safeguardcases.infrastructure.persistence;

import javax.sql.DataSource;

/**
 * The schema is up to date, under the start-up lock and before any other start-up work: an observer adds here what
 * the engine and the jobs must already find in the database (the demo's boards), without this package naming it.
 */
public record SchemaMigrated(DataSource dataSource) {
}
