package com.voiceorder.restaurant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.restaurant.domain.AppUser;
import com.voiceorder.restaurant.domain.Role;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.restaurant.infrastructure.JpaUserRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class AuthenticationServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-03T08:00:00Z"), ZoneOffset.UTC);

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T users(Function<UserService, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(new UserService(new JpaUserRepository(em), new JpaRestaurantRepository(em), CLOCK)));
    }

    private <T> T auth(Function<AuthenticationService, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(new AuthenticationService(new JpaUserRepository(em), CLOCK)));
    }

    private Optional<AuthenticatedUser> signIn(String username, String password) {
        return auth(a -> a.authenticate(username, password));
    }

    private Optional<AuthenticatedUser> withToken(String token) {
        return auth(a -> a.authenticateToken(token));
    }

    private long ownerOf(long restaurantId) {
        return users(s -> s.create("Chef.Owner", "Chef", "password-123", Role.OWNER, List.of(restaurantId)).getId());
    }

    @Test
    void an_owner_signs_in_with_a_case_insensitive_username_and_sees_only_their_restaurant() {
        long mine = db.inTransaction(Fixtures::restaurant);
        long other = db.inTransaction(Fixtures::restaurant);
        ownerOf(mine);

        Optional<AuthenticatedUser> user = signIn("CHEF.owner", "password-123");

        assertThat(user).isPresent();
        assertThat(user.get().role()).isEqualTo(Role.OWNER);
        assertThat(user.get().canAccess(mine)).isTrue();
        assertThat(user.get().canManage(mine)).isTrue();
        assertThat(user.get().canAccess(other)).isFalse();
    }

    @Test
    void a_wrong_password_or_unknown_user_is_refused() {
        ownerOf(db.inTransaction(Fixtures::restaurant));
        assertThat(signIn("chef.owner", "password-124")).isEmpty();
        assertThat(signIn("nobody", "password-123")).isEmpty();
    }

    @Test
    void staff_may_see_but_not_manage_their_restaurant_and_an_admin_sees_everything() {
        long restaurant = db.inTransaction(Fixtures::restaurant);
        users(s -> s.create("waiter", "Waiter", "password-123", Role.STAFF, List.of(restaurant)));
        users(s -> s.create("root", "Root", "password-123", Role.ADMIN, List.of()));

        AuthenticatedUser staff = signIn("waiter", "password-123").orElseThrow();
        AuthenticatedUser admin = signIn("root", "password-123").orElseThrow();

        assertThat(staff.canAccess(restaurant)).isTrue();
        assertThat(staff.canManage(restaurant)).isFalse();
        assertThat(admin.canManage(restaurant)).isTrue();
        assertThat(admin.canAccess(123_456_789L)).isTrue();
    }

    @Test
    void a_changed_password_replaces_the_old_one_even_after_a_remembered_sign_in() {
        long userId = ownerOf(db.inTransaction(Fixtures::restaurant));
        assertThat(signIn("chef.owner", "password-123")).isPresent();

        users(s -> {
            s.changePassword(userId, "new-password-456");
            return null;
        });

        assertThat(signIn("chef.owner", "password-123")).isEmpty();
        assertThat(signIn("chef.owner", "new-password-456")).isPresent();
    }

    @Test
    void an_issued_token_authenticates_until_its_user_is_disabled_and_only_its_hash_is_stored() {
        long userId = ownerOf(db.inTransaction(Fixtures::restaurant));
        String token = users(s -> s.issueToken(userId, "kitchen tablet"));

        assertThat(withToken(token)).map(AuthenticatedUser::username).contains("chef.owner");
        assertThat(withToken(token + "x")).isEmpty();
        long storedClear = db.inTransaction((EntityManager em) -> (Long) em.createQuery(
                "SELECT COUNT(t) FROM ApiToken t WHERE t.tokenHash = :t").setParameter("t", token).getSingleResult());
        assertThat(storedClear).isZero();

        db.inTransaction((EntityManager em) -> em.find(AppUser.class, userId).disable());
        assertThat(withToken(token)).isEmpty();
    }

    @Test
    void usernames_are_unique_and_passwords_need_eight_characters() {
        ownerOf(db.inTransaction(Fixtures::restaurant));
        assertThatThrownBy(() -> users(s -> s.create("chef.owner", "Again", "password-123", Role.STAFF, List.of())))
                .isInstanceOf(DomainException.class).hasMessageContaining("taken");
        assertThatThrownBy(() -> users(s -> s.create("shorty", "Short", "1234567", Role.STAFF, List.of())))
                .isInstanceOf(DomainException.class).hasMessageContaining("8");
    }
}
