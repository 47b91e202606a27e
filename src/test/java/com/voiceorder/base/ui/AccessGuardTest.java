package com.voiceorder.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.restaurant.application.AuthenticatedUser;
import com.voiceorder.restaurant.domain.Role;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may open which dashboard page: admin pages for administrators, a restaurant's pages for its members. */
class AccessGuardTest {

    private static final AuthenticatedUser ADMIN = new AuthenticatedUser(1, "admin", "Admin", Role.ADMIN, Set.of(), "fr");
    private static final AuthenticatedUser OWNER = new AuthenticatedUser(2, "owner", "Owner", Role.OWNER, Set.of(7L), "fr");
    private static final AuthenticatedUser STAFF = new AuthenticatedUser(3, "staff", "Staff", Role.STAFF, Set.of(7L), "fr");

    /** Stands for the admin views (in the dashboard package, which base does not see). */
    private static final class SomeAdminPage implements AdminPage {
    }

    private static final class SomeRestaurantPage {
    }

    @Test
    void admin_pages_open_for_administrators_only() {
        assertThat(AccessGuard.mayOpen(ADMIN, SomeAdminPage.class, Optional.empty())).isTrue();
        assertThat(AccessGuard.mayOpen(OWNER, SomeAdminPage.class, Optional.empty())).isFalse();
        assertThat(AccessGuard.mayOpen(STAFF, SomeAdminPage.class, Optional.empty())).isFalse();
    }

    @Test
    void a_restaurant_page_opens_for_its_members_and_administrators_and_is_unknown_to_others() {
        assertThat(AccessGuard.mayOpen(OWNER, SomeRestaurantPage.class, Optional.of("7"))).isTrue();
        assertThat(AccessGuard.mayOpen(STAFF, SomeRestaurantPage.class, Optional.of("7"))).isTrue();
        assertThat(AccessGuard.mayOpen(ADMIN, SomeRestaurantPage.class, Optional.of("8"))).isTrue();
        assertThat(AccessGuard.mayOpen(OWNER, SomeRestaurantPage.class, Optional.of("8"))).isFalse();
        assertThat(AccessGuard.mayOpen(OWNER, SomeRestaurantPage.class, Optional.of("not-a-number"))).isFalse();
    }
}
