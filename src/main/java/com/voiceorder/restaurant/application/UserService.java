package com.voiceorder.restaurant.application;

import com.voiceorder.restaurant.domain.ApiToken;
import com.voiceorder.restaurant.domain.AppUser;
import com.voiceorder.restaurant.domain.RestaurantRepository;
import com.voiceorder.restaurant.domain.Role;
import com.voiceorder.restaurant.domain.UserRepository;
import com.voiceorder.shared.crypto.PasswordHash;
import com.voiceorder.shared.crypto.Tokens;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Creates users, sets their passwords and memberships, issues personal API tokens. */
@ApplicationScoped
@Transactional
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = 8;

    private UserRepository users;
    private RestaurantRepository restaurants;
    private Clock clock;

    protected UserService() {
    }

    @Inject
    public UserService(UserRepository users, RestaurantRepository restaurants, Clock clock) {
        this.users = users;
        this.restaurants = restaurants;
        this.clock = clock;
    }

    public AppUser create(String username, String displayName, String password, Role role,
                          Collection<Long> restaurantIds) {
        String normalised = AppUser.normalise(username);
        if (users.findByUsername(normalised).isPresent()) {
            throw new DomainException("username", "Username already taken: " + normalised);
        }
        Set<Long> memberships = existingRestaurants(restaurantIds);
        AppUser user = new AppUser(normalised, displayName, hash(password), role);
        memberships.forEach(user::grantAccessTo);
        return users.save(user);
    }

    public AppUser get(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** The user sees exactly these restaurants from now on (an admin sees all of them anyway). */
    public AppUser replaceMemberships(long userId, Collection<Long> restaurantIds) {
        AppUser user = get(userId);
        Set<Long> wanted = existingRestaurants(restaurantIds);
        Set.copyOf(user.getRestaurantIds()).stream()
                .filter(current -> !wanted.contains(current))
                .forEach(user::revokeAccessTo);
        wanted.forEach(user::grantAccessTo);
        return user;
    }

    public void changePassword(long userId, String newPassword) {
        get(userId).changePasswordHash(hash(newPassword));
    }

    public void grantAccess(long userId, long restaurantId) {
        get(userId).grantAccessTo(existingRestaurants(List.of(restaurantId)).iterator().next());
    }

    public boolean adminExists() {
        return users.anyWithRole(Role.ADMIN);
    }

    public List<AppUser> list() {
        return users.findAll();
    }

    /** Issues a token for the user and returns its secret, which is never stored nor shown again. */
    public String issueToken(long userId, String name) {
        get(userId);
        String secret = "vo_" + Tokens.random(24);
        users.save(new ApiToken(userId, name, Tokens.sha256Hex(secret), clock.instant()));
        return secret;
    }

    private Set<Long> existingRestaurants(Collection<Long> restaurantIds) {
        Set<Long> ids = new LinkedHashSet<>(restaurantIds == null ? List.of() : restaurantIds);
        for (Long id : ids) {
            if (id == null || !restaurants.exists(id)) {
                throw new DomainException("restaurantIds", "No restaurant " + id);
            }
        }
        return ids;
    }

    private static String hash(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainException("password", "Password must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return PasswordHash.hash(password);
    }
}
