package com.voiceorder.reservations.api;

import com.voiceorder.reservations.domain.DiningTable;
import java.util.List;

/** A table. */
public record DiningTableDto(Long id, Long roomId, String label, int minCovers, int maxCovers,
                             List<Long> combinableWith, boolean active) {

    static DiningTableDto of(DiningTable table) {
        return new DiningTableDto(table.getId(), table.getRoomId(), table.getLabel(), table.getMinCovers(),
                table.getMaxCovers(), table.getCombinableWith().stream().sorted().toList(), table.isActive());
    }
}
