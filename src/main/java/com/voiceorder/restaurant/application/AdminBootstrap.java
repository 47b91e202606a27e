package com.voiceorder.restaurant.application;

import com.voiceorder.restaurant.domain.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the {@code admin} user on first start. Its password is {@code voiceorder.admin.password}
 * when set; otherwise one is generated and printed once on the console (it is not logged).
 */
@ApplicationScoped
public class AdminBootstrap {

    /** After the schema migration (100), before demo data (300). */
    public static final int STARTUP_PRIORITY = 200;
    public static final String ADMIN_USERNAME = "admin";

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    UserService userService;

    @Inject
    @ConfigProperty(name = "voiceorder.admin.password")
    Optional<String> configuredPassword;

    void onStart(@Observes @Priority(STARTUP_PRIORITY) @Initialized(ApplicationScoped.class) Object event) {
        if (userService.adminExists()) {
            return;
        }
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        String password = configured.orElseGet(() -> com.voiceorder.shared.crypto.Tokens.random(12));
        userService.create(ADMIN_USERNAME, "Administrateur", password, Role.ADMIN, List.of());
        if (configured.isPresent()) {
            LOG.info("Created user 'admin' with the password from voiceorder.admin.password");
        } else {
            System.out.println("""

                    ==========================================================
                      VoiceOrder first start: sign in as 'admin' with password
                      %s
                      (shown once; set VOICEORDER_ADMIN_PASSWORD to choose it)
                    ==========================================================
                    """.formatted(password));
        }
    }
}
