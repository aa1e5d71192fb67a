package uk.safeguardcases.infrastructure.persistence;

import org.flywaydb.core.api.configuration.FluentConfiguration;

/** The product's migrations, as the server and the migration tests run them. */
public final class Migrations {

    private Migrations() {
    }

    /** The SQL migrations in {@code db/migration}, the engine's tables as version 40 ({@link EngineTables}), 43, 82
     * and 104 ({@link TextSearchIndexes}) and 83 ({@link CaseIdSequence}). */
    public static FluentConfiguration configure(FluentConfiguration configuration) {
        return configuration.locations("classpath:db/migration")
                .javaMigrations(new EngineTables.V40__Engine_tables(),
                        new RecordsFromEarlierVersions.V43__Records_from_earlier_versions(),
                        new TextSearchIndexes.V82__Text_search_indexes(),
                        new CaseIdSequence.V83__Case_ids_from_a_sequence(),
                        new TextSearchIndexes.V104__Board_text_search_indexes())
                .callbacks(new DemoRowsLeftTheMigrations())
                .table("schema_history");
    }
}
