package com.voiceorder.base.infrastructure;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date before anything else touches it. The same migrations
 * (classpath {@code db/migration}) run on H2 and PostgreSQL.
 */
@ApplicationScoped
public class SchemaMigration {

    /** Observers of application start-up run in this order: schema, then data that needs it. */
    public static final int STARTUP_PRIORITY = 100;

    private static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/voiceorder")
    private DataSource dataSource;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
        int applied = migrate(dataSource);
        LOG.info(() -> "Database schema up to date (" + applied + " migration(s) applied)");
    }

    /**
     * Applies pending migrations; returns how many ran. Liberty's class loader cannot list a
     * folder, so db/migration holds an empty {@code flyway.location} marker that lets Flyway find it.
     */
    public static int migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .callbackLocations(LOCATION)
                .failOnMissingLocations(true)
                .load();
        int executed = flyway.migrate().migrationsExecuted;
        if (flyway.info().current() == null) {
            throw new IllegalStateException("No schema migration found in " + LOCATION);
        }
        return executed;
    }
}
