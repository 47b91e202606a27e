package com.voiceorder.sync.domain;

import java.util.List;
import java.util.Optional;

public interface SyncPlatformConfigRepository {

    SyncPlatformConfig save(SyncPlatformConfig config);

    Optional<SyncPlatformConfig> find(Long restaurantId, SyncPlatform platform);

    List<SyncPlatformConfig> findByRestaurant(Long restaurantId);

    /** Every enabled configuration of every restaurant (workers poll these). */
    List<SyncPlatformConfig> findEnabled();
}
