package com.voiceorder.restaurant.application;

import com.voiceorder.restaurant.domain.ApiToken;
import com.voiceorder.restaurant.domain.AppUser;
import com.voiceorder.restaurant.domain.UserRepository;
import com.voiceorder.shared.crypto.PasswordHash;
import com.voiceorder.shared.crypto.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks passwords and API tokens against the database. HTTP Basic sends the password with every
 * API call, so a successful check is remembered for a few minutes (keyed by a digest of the
 * credentials, never the password itself) instead of running PBKDF2 each time.
 */
@ApplicationScoped
@Transactional
public class AuthenticationService {

    private static final Duration REMEMBER_FOR = Duration.ofMinutes(5);

    private final Map<String, Instant> recentlyVerified = new ConcurrentHashMap<>();
    private UserRepository users;
    private Clock clock;

    protected AuthenticationService() {
    }

    @Inject
    public AuthenticationService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public Optional<AuthenticatedUser> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<AppUser> user = users.findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT))
                .filter(AppUser::isEnabled);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        String key = Tokens.sha256Hex(user.get().getId() + ":" + user.get().getPasswordHash() + ":" + password);
        Instant now = clock.instant();
        Instant verifiedUntil = recentlyVerified.get(key);
        if (verifiedUntil == null || verifiedUntil.isBefore(now)) {
            if (!PasswordHash.verify(password, user.get().getPasswordHash())) {
                return Optional.empty();
            }
            recentlyVerified.values().removeIf(until -> until.isBefore(now));
            recentlyVerified.put(key, now.plus(REMEMBER_FOR));
        }
        return user.map(AuthenticatedUser::of);
    }

    public Optional<AuthenticatedUser> authenticateToken(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Optional<ApiToken> found = users.findTokenByHash(Tokens.sha256Hex(token.trim())).filter(t -> !t.isRevoked());
        found.ifPresent(t -> t.used(clock.instant()));
        return found.flatMap(t -> users.findById(t.getUserId()))
                .filter(AppUser::isEnabled)
                .map(AuthenticatedUser::of);
    }

    /** Reloads a signed-in user's role and memberships (they may have changed since sign-in). */
    public Optional<AuthenticatedUser> refresh(long userId) {
        return users.findById(userId).filter(AppUser::isEnabled).map(AuthenticatedUser::of);
    }
}
