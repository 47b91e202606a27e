package com.voiceorder.base.application.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo restaurant into an empty database on first start, unless
 * {@code voiceorder.demo.enabled} is false. Runs after the schema migration (100) and the admin
 * user (200). A failure is logged and rolled back; the product starts without demo data.
 */
@ApplicationScoped
public class DemoRestaurant {

    public static final int STARTUP_PRIORITY = 300;

    private static final Logger LOG = Logger.getLogger(DemoRestaurant.class.getName());

    private DemoRestaurantSeeder seeder;
    private boolean enabled;

    @Inject
    public DemoRestaurant(DemoRestaurantSeeder seeder,
            @ConfigProperty(name = "voiceorder.demo.enabled", defaultValue = "true") boolean enabled) {
        this.seeder = seeder;
        this.enabled = enabled;
    }

    /** For CDI proxies. */
    protected DemoRestaurant() {
    }

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
        try {
            seedIfWanted();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The demo restaurant could not be created; starting without it", e);
        }
    }

    /** The new demo restaurant's id; empty when disabled or when a restaurant already exists. */
    public Optional<Long> seedIfWanted() {
        if (!enabled) {
            LOG.fine("Demo restaurant disabled (voiceorder.demo.enabled=false)");
            return Optional.empty();
        }
        return seeder.seedIfEmpty();
    }
}
