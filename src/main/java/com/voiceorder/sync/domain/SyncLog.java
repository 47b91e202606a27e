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

/** One line of the synchronisation journal (append-only). */
@Entity
@Table(name = "sync_log")
public class SyncLog extends BaseEntity {

    static final int MAX_MESSAGE = 2000;

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform", length = 20, nullable = false)
    private SyncPlatform platform;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 5, nullable = false)
    private SyncDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", length = 30, nullable = false)
    private SyncEntityType entityType;

    @Column(name = "local_id")
    private Long localId;

    @Column(name = "external_id", length = 100)
    private String externalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private SyncStatus status;

    @Column(name = "message", length = MAX_MESSAGE)
    private String message;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    protected SyncLog() {
    }

    public SyncLog(Long restaurantId, SyncPlatform platform, SyncDirection direction, SyncEntityType entityType,
                   Long localId, String externalId, SyncStatus status, String message, Instant at) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.platform = Guard.required("platform", platform);
        this.direction = Guard.required("direction", direction);
        this.entityType = Guard.required("entityType", entityType);
        this.localId = localId;
        this.externalId = Guard.truncated(externalId, 100);
        this.status = Guard.required("status", status);
        this.message = Guard.truncated(message, MAX_MESSAGE);
        this.at = Guard.required("at", at);
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public SyncPlatform getPlatform() {
        return platform;
    }

    public SyncDirection getDirection() {
        return direction;
    }

    public SyncEntityType getEntityType() {
        return entityType;
    }

    public Long getLocalId() {
        return localId;
    }

    public String getExternalId() {
        return externalId;
    }

    public SyncStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public Instant getAt() {
        return at;
    }
}
