package com.voiceorder.calls.domain;

import java.util.List;
import java.util.Optional;

public interface MessageRepository {

    Message save(Message message);

    Optional<Message> find(Long restaurantId, Long messageId);

    /** The restaurant's messages: unhandled first, then newest first; at most {@code limit}. */
    List<Message> findByRestaurant(Long restaurantId, boolean includeHandled, int limit);

    long countUnhandled(Long restaurantId);
}
