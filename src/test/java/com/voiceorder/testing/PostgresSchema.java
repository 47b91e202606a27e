package com.voiceorder.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Renders a PostgreSQL database's public schema as canonical, runnable SQL, read from the catalog:
 * sequences, tables (columns, defaults, NOT NULL), keys and checks, foreign keys, then indexes. Flyway's own
 * history table is left out. Two schemas are equal when their renderings are equal.
 */
public final class PostgresSchema {

    private PostgresSchema() {
    }

    public static String render(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            StringBuilder sql = new StringBuilder();
            for (List<String> seq : rows(connection, """
                    SELECT sequencename, start_value::text, increment_by::text FROM pg_sequences
                    WHERE schemaname = 'public' ORDER BY sequencename""")) {
                sql.append("CREATE SEQUENCE ").append(seq.get(0)).append(" START WITH ").append(seq.get(1))
                        .append(" INCREMENT BY ").append(seq.get(2)).append(";\n\n");
            }
            List<String> tables = rows(connection, """
                    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'flyway_schema_history'
                    ORDER BY c.relname""").stream().map(r -> r.get(0)).toList();
            for (String table : tables) {
                sql.append("CREATE TABLE ").append(table).append(" (\n");
                List<String> columns = new ArrayList<>();
                for (List<String> column : rows(connection, """
                        SELECT a.attname, format_type(a.atttypid, a.atttypmod),
                               CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                               COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
                        FROM pg_attribute a
                        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                        WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped
                        ORDER BY a.attnum""", table)) {
                    columns.add("    " + column.get(0) + " " + column.get(1) + column.get(3) + column.get(2));
                }
                sql.append(String.join(",\n", columns)).append("\n);\n\n");
            }
            for (String kinds : List.of("'p','u','c'", "'f'")) {
                for (String table : tables) {
                    for (List<String> constraint : rows(connection, """
                            SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
                            WHERE conrelid = ?::regclass AND contype IN (%s)
                            ORDER BY CASE contype WHEN 'p' THEN 0 WHEN 'u' THEN 1 ELSE 2 END, conname""".formatted(kinds), table)) {
                        sql.append("ALTER TABLE ").append(table).append(" ADD CONSTRAINT ").append(constraint.get(0))
                                .append(' ').append(constraint.get(1)).append(";\n");
                    }
                }
            }
            sql.append('\n');
            for (List<String> index : rows(connection, """
                    SELECT i.indexdef FROM pg_indexes i
                    WHERE i.schemaname = 'public' AND i.tablename <> 'flyway_schema_history'
                      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                    ORDER BY i.indexname""")) {
                sql.append(index.get(0)).append(";\n");
            }
            return sql.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema", e);
        }
    }

    private static List<List<String>> rows(Connection connection, String query, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int width = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>(width);
                    for (int c = 1; c <= width; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
