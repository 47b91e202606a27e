package com.voiceorder.sync.domain;

import java.util.Optional;

public interface SyncExternalMappingRepository {

    SyncExternalMapping save(SyncExternalMapping mapping);

    Optional<SyncExternalMapping> findByExternalId(SyncPlatform platform, SyncEntityType type, String externalId);

    Optional<SyncExternalMapping> findByLocalId(SyncPlatform platform, SyncEntityType type, Long localId);
}
