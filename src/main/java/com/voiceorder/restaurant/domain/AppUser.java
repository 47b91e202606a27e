package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A person who signs in to the dashboard or the API. Their role says what they may do, their
 * memberships which restaurants they see (an admin sees them all).
 */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false, length = 10)
    private String language = "fr";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "restaurant_id", nullable = false)
    private Set<Long> restaurantIds = new LinkedHashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Role role) {
        this.username = normalise(username);
        rename(displayName);
        changePasswordHash(passwordHash);
        if (role == null) {
            throw new DomainException("role", "A role is required");
        }
        this.role = role;
    }

    public static String normalise(String username) {
        if (username == null || !username.trim().matches("[A-Za-z0-9._@-]{2,100}")) {
            throw new DomainException("username", "Username must be 2-100 letters, digits or . _ @ -");
        }
        return username.trim().toLowerCase(Locale.ROOT);
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new DomainException("displayName", "A display name is required");
        }
        this.displayName = newDisplayName.trim();
    }

    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new DomainException("password", "A password is required");
        }
        this.passwordHash = newHash;
    }

    public void grantAccessTo(long restaurantId) {
        restaurantIds.add(restaurantId);
    }

    public void revokeAccessTo(long restaurantId) {
        restaurantIds.remove(restaurantId);
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void preferLanguage(String newLanguage) {
        if (!"fr".equals(newLanguage) && !"en".equals(newLanguage)) {
            throw new DomainException("language", "Language must be fr or en");
        }
        this.language = newLanguage;
    }

    public boolean canAccess(long restaurantId) {
        return role == Role.ADMIN || restaurantIds.contains(restaurantId);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLanguage() {
        return language;
    }

    public Set<Long> getRestaurantIds() {
        return Collections.unmodifiableSet(restaurantIds);
    }
}
