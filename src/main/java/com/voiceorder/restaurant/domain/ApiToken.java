package com.voiceorder.restaurant.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal API token: the secret is shown once at creation; only its SHA-256 is stored.
 * It acts with its user's role and memberships.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(nullable = false)
    private boolean revoked;

    protected ApiToken() {
    }

    public ApiToken(long userId, String name, String tokenHash, Instant createdAt) {
        if (name == null || name.isBlank()) {
            throw new DomainException("name", "A token needs a name");
        }
        this.userId = userId;
        this.name = name.trim();
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    public void used(Instant at) {
        lastUsedAt = at;
    }

    public void revoke() {
        revoked = true;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public boolean isRevoked() {
        return revoked;
    }
}
