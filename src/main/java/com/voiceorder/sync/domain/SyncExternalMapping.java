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
 * "Local reservation 42 is TheFork booking ABC": one local id per external id and back, per
 * platform and entity type.
 */
@Entity
@Table(name = "sync_external_mapping")
public class SyncExternalMapping extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "platform", length = 20, nullable = false)
    private SyncPlatform platform;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", length = 30, nullable = false)
    private SyncEntityType entityType;

    @Column(name = "local_id", nullable = false)
    private Long localId;

    @Column(name = "external_id", length = 100, nullable = false)
    private String externalId;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SyncExternalMapping() {
    }

    public SyncExternalMapping(Long restaurantId, SyncPlatform platform, SyncEntityType entityType, Long localId,
                               String externalId, Instant createdAt) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        this.platform = Guard.required("platform", platform);
        this.entityType = Guard.required("entityType", entityType);
        this.localId = Guard.required("localId", localId);
        this.externalId = Guard.text("externalId", externalId, 100);
        this.createdAt = Guard.required("createdAt", createdAt);
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public SyncPlatform getPlatform() {
        return platform;
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
