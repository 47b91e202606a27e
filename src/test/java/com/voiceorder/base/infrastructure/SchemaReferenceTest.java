package com.voiceorder.base.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.testing.PostgresSchema;
import com.voiceorder.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * infra/schema_reference.sql is the PostgreSQL schema the migrations build. When a migration
 * changes the schema, regenerate it with
 * {@code mvn test -Dtest=SchemaReferenceTest -Dvoiceorder.schema.update=true}.
 */
class SchemaReferenceTest {

    private static final Path REFERENCE = Path.of("infra", "schema_reference.sql");
    private static final String HEADER = """
            -- VoiceOrder PostgreSQL schema, as built by the Flyway migrations in
            -- src/main/resources/db/migration. Generated: do not edit by hand (see SchemaReferenceTest).

            """;

    @Test
    void the_reference_schema_matches_what_the_migrations_build() throws IOException {
        String migrated;
        try (TestDatabase database = TestDatabase.postgres()) {
            migrated = HEADER + PostgresSchema.render(database.dataSource());
        }
        if (Boolean.getBoolean("voiceorder.schema.update")) {
            Files.writeString(REFERENCE, migrated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
                .as("infra/schema_reference.sql drifted from the migrations; regenerate it (see class comment)")
                .isEqualTo(migrated);
    }

    @Test
    void the_reference_schema_builds_the_same_database_when_run_as_sql() throws IOException, SQLException {
        String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
        try (TestDatabase migrated = TestDatabase.postgres(); TestDatabase empty = TestDatabase.postgresWithoutSchema()) {
            try (Connection connection = empty.dataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(reference);
            }
            assertThat(PostgresSchema.render(empty.dataSource())).isEqualTo(PostgresSchema.render(migrated.dataSource()));
        }
    }
}
