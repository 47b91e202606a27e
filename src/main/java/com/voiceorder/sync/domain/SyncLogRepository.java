package com.voiceorder.sync.domain;

import java.util.List;

public interface SyncLogRepository {

    SyncLog append(SyncLog entry);

    /** The restaurant's latest entries, newest first. */
    List<SyncLog> findRecent(Long restaurantId, int limit);
}
