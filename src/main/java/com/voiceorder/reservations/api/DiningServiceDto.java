package com.voiceorder.reservations.api;

import com.voiceorder.reservations.domain.DiningService;
import java.time.DayOfWeek;
import java.util.Map;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A dining service; times local to the restaurant ("HH:MM"). */
public record DiningServiceDto(
        Long id,
        String name,
        String kind,
        List<DayOfWeek> weekdays,
        String startTime,
        String lastSeating,
        boolean crossesMidnight,
        int slotIntervalMinutes,
        int maxCovers,
        Integer pacingCovers,
        int defaultDurationMinutes,
        Map<String, Integer> durationsByPartySize,
        boolean prepaymentRequired,
        long prepaymentPerPersonCents,
        boolean active) {

    static DiningServiceDto of(DiningService service) {
        Map<String, Integer> durations = new TreeMap<>(service.getDurationsByPartySize()).entrySet().stream()
                .collect(Collectors.toMap(entry -> String.valueOf(entry.getKey()), Map.Entry::getValue,
                        (a, b) -> a, java.util.LinkedHashMap::new));
        return new DiningServiceDto(service.getId(), service.getName(), service.getKind().name(),
                service.getWeekdays().stream().sorted().toList(), service.getStartTime().toString(),
                service.getLastSeating().toString(), service.crossesMidnight(), service.getSlotIntervalMinutes(),
                service.getMaxCovers(), service.getPacingCovers(), service.getDefaultDurationMinutes(), durations,
                service.isPrepaymentRequired(), service.getPrepaymentPerPersonCents(), service.isActive());
    }
}
