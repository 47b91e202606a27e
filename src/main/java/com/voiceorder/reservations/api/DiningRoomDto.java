package com.voiceorder.reservations.api;

import com.voiceorder.reservations.domain.DiningRoom;

/** A dining room. */
public record DiningRoomDto(Long id, String name, int position, boolean active) {

    static DiningRoomDto of(DiningRoom room) {
        return new DiningRoomDto(room.getId(), room.getName(), room.getPosition(), room.isActive());
    }
}
