package com.voiceorder.sync.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.UtcInstantConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * How one restaurant connects to one platform. Credentials and the webhook secret are held only
 * encrypted (ciphertext from {@code SecretCipher}); one configuration per restaurant and platform.
 */
@Entity
@Table(name = "sync_platform_config")
public class SyncPlatformConfig extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform", length = 20, nullable = false)
    private SyncPlatform platform;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "base_url", length = 500)
    private String baseUrl;

    @Column(name = "credentials_encrypted", length = 4000)
    private String encryptedCredentials;

    @Column(name = "webhook_secret_encrypted", length = 1000)
    private String encryptedWebhookSecret;

    @Column(name = "external_restaurant_id", length = 100)
    private String externalRestaurantId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_sync_at")
    private Instant lastSyncAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    protected SyncPlatformConfig() {
    }

    /** A disabled configuration to fill in. */
    public SyncPlatformConfig(Long restaurantId, SyncPlatform platform) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.platform = Guard.required("platform", platform);
    }

    /** Where and as whom to connect; {@code baseUrl} null = the platform's production URL. */
    public void connect(String baseUrl, String externalRestaurantId, String encryptedCredentials,
                        String encryptedWebhookSecret) {
        this.baseUrl = Guard.optionalText("baseUrl", baseUrl, 500);
        this.externalRestaurantId = Guard.optionalText("externalRestaurantId", externalRestaurantId, 100);
        this.encryptedCredentials = Guard.optionalText("credentials", encryptedCredentials, 4000);
        this.encryptedWebhookSecret = Guard.optionalText("webhookSecret", encryptedWebhookSecret, 1000);
    }

    public void enable() {
        this.enabled = true;
    }

    public void disable() {
        this.enabled = false;
    }

    /** A successful exchange: clears the last error. */
    public void recordSync(Instant at) {
        this.lastSyncAt = Guard.required("at", at);
        this.lastError = null;
        this.lastErrorAt = null;
    }

    public void recordError(String error, Instant at) {
        this.lastError = Guard.truncated(Guard.required("error", error), 2000);
        this.lastErrorAt = Guard.required("at", at);
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public SyncPlatform getPlatform() {
        return platform;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getEncryptedCredentials() {
        return encryptedCredentials;
    }

    public String getEncryptedWebhookSecret() {
        return encryptedWebhookSecret;
    }

    public String getExternalRestaurantId() {
        return externalRestaurantId;
    }

    public Instant getLastSyncAt() {
        return lastSyncAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getLastErrorAt() {
        return lastErrorAt;
    }
}
