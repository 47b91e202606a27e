package com.voiceorder.restaurant.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.domain.AppUser;
import com.voiceorder.restaurant.domain.Role;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.restaurant.infrastructure.JpaUserRepository;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class UserServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T10:30:00Z"), ZoneOffset.UTC);

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private Long first;
    private Long second;

    @BeforeEach
    void createRestaurants() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            JpaRestaurantRepository restaurants = new JpaRestaurantRepository(em);
            first = restaurants.add(RestaurantFixtures.restaurant("First")).getId();
            second = restaurants.add(RestaurantFixtures.restaurant("Second")).getId();
        });
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private <T> T users(Function<UserService, T> work) {
        return db.inTransaction((EntityManager em) ->
                work.apply(new UserService(new JpaUserRepository(em), new JpaRestaurantRepository(em), CLOCK)));
    }

    private <T> T authentication(Function<AuthenticationService, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(new AuthenticationService(new JpaUserRepository(em), CLOCK)));
    }

    @Test
    void memberships_are_replaced_as_a_whole_and_survive_a_reload() {
        long userId = users(service -> service.create("Chef", "Chef Paul", "long-enough", Role.OWNER, List.of(first)).getId());

        users(service -> service.replaceMemberships(userId, List.of(second)));

        AppUser reloaded = users(service -> service.get(userId));
        assertThat(reloaded.getUsername()).isEqualTo("chef");
        assertThat(reloaded.getRestaurantIds()).containsExactly(second);
        users(service -> service.replaceMemberships(userId, List.of()));
        assertThat(this.<Set<Long>>users(service -> Set.copyOf(service.get(userId).getRestaurantIds()))).isEmpty();
    }

    @Test
    void an_unknown_restaurant_is_refused_naming_restaurant_ids_and_changes_nothing() {
        long userId = users(service -> service.create("staff1", "Léa", "long-enough", Role.STAFF, List.of(first)).getId());

        assertThatThrownBy(() -> users(service -> service.replaceMemberships(userId, List.of(second, 424242L))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("restaurantIds");
        assertThatThrownBy(() -> users(service -> service.create("staff2", "Max", "long-enough", Role.STAFF, List.of(424242L))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("restaurantIds");
        assertThat(this.<Set<Long>>users(service -> Set.copyOf(service.get(userId).getRestaurantIds()))).containsExactly(first);
        assertThatThrownBy(() -> users(service -> service.replaceMemberships(424242L, List.of(first))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_issued_token_authenticates_its_user_and_only_its_hash_is_kept() {
        long userId = users(service -> service.create("owner", "Owner", "long-enough", Role.OWNER, List.of(first)).getId());

        String secret = users(service -> service.issueToken(userId, "kitchen tablet"));

        Optional<AuthenticatedUser> signedIn = authentication(service -> service.authenticateToken(secret));
        assertThat(signedIn).map(AuthenticatedUser::id).contains(userId);
        assertThat(signedIn.orElseThrow().restaurantIds()).containsExactly(first);
        assertThat(this.<Optional<AuthenticatedUser>>authentication(service -> service.authenticateToken(secret + "x"))).isEmpty();
        long storedInClear = db.inTransaction((EntityManager em) -> em.createQuery(
                "SELECT COUNT(t) FROM ApiToken t WHERE t.tokenHash = :secret", Long.class)
                .setParameter("secret", secret).getSingleResult());
        assertThat(storedInClear).isZero();
    }
}
