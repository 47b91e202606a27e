package com.voiceorder.base.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaMigrationTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void migrations_apply_once_and_a_second_run_finds_nothing_to_do(DatabaseKind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            assertThat(SchemaMigration.migrate(database.dataSource())).isZero();
        }
    }
}
