package com.voiceorder.reservations.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A sitting the restaurant takes bookings for (lunch, dinner, brunch): the weekdays it runs, the
 * first and last seating times (a last seating earlier than the start is on the next day), the slot
 * grid, capacity and pacing, how long a table is kept by party size, and prepayment.
 */
@Entity
@Table(name = "dining_service")
public class DiningService extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false)
    private ServiceKind kind;

    @ElementCollection
    @CollectionTable(name = "dining_service_weekday", joinColumns = @JoinColumn(name = "service_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", length = 10, nullable = false)
    private Set<DayOfWeek> weekdays = new HashSet<>();

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "last_seating", nullable = false)
    private LocalTime lastSeating;

    @Column(name = "slot_interval_minutes", nullable = false)
    private int slotIntervalMinutes;

    @Column(name = "max_covers", nullable = false)
    private int maxCovers;

    @Column(name = "pacing_covers")
    private Integer pacingCovers;

    @Column(name = "default_duration_minutes", nullable = false)
    private int defaultDurationMinutes;

    @ElementCollection
    @CollectionTable(name = "dining_service_duration", joinColumns = @JoinColumn(name = "service_id"))
    @MapKeyColumn(name = "max_party_size")
    @Column(name = "duration_minutes", nullable = false)
    private Map<Integer, Integer> durationsByPartySize = new HashMap<>();

    @Column(name = "prepayment_required", nullable = false)
    private boolean prepaymentRequired;

    @Column(name = "prepayment_per_person_cents", nullable = false)
    private long prepaymentPerPersonCents;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected DiningService() {
    }

    public DiningService(Long restaurantId, String name, ServiceKind kind, Set<DayOfWeek> weekdays,
                         LocalTime startTime, LocalTime lastSeating, int slotIntervalMinutes,
                         int maxCovers, Integer pacingCovers, int defaultDurationMinutes) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        rename(name, kind);
        schedule(weekdays, startTime, lastSeating, slotIntervalMinutes);
        limitCapacity(maxCovers, pacingCovers);
        defineDurations(defaultDurationMinutes, Map.of());
    }

    public void rename(String name, ServiceKind kind) {
        this.name = Guard.text("name", name, 100);
        this.kind = Guard.required("kind", kind);
    }

    /** When the service runs: weekdays, first seating, last seating (next day if earlier), slot step. */
    public void schedule(Set<DayOfWeek> weekdays, LocalTime startTime, LocalTime lastSeating, int slotIntervalMinutes) {
        this.weekdays.clear();
        this.weekdays.addAll(Guard.required("weekdays", weekdays));
        this.startTime = Guard.required("startTime", startTime);
        this.lastSeating = Guard.required("lastSeating", lastSeating);
        this.slotIntervalMinutes = Guard.between("slotIntervalMinutes", slotIntervalMinutes, 5, 240);
    }

    /** Covers the whole service takes, and optionally at most how many may start in one slot. */
    public void limitCapacity(int maxCovers, Integer pacingCovers) {
        Guard.atLeast("maxCovers", maxCovers, 1);
        if (pacingCovers != null) {
            Guard.between("pacingCovers", pacingCovers, 1, maxCovers);
        }
        this.maxCovers = maxCovers;
        this.pacingCovers = pacingCovers;
    }

    /**
     * How long a table is kept: {@code byPartySize} maps "up to N guests" to minutes; larger
     * parties than any key get {@code defaultMinutes}.
     */
    public void defineDurations(int defaultMinutes, Map<Integer, Integer> byPartySize) {
        Guard.between("defaultDurationMinutes", defaultMinutes, 15, 720);
        Guard.required("durations", byPartySize).forEach((size, minutes) -> {
            if (size == null || minutes == null) {
                throw new DomainException("durations", "party size and minutes are required");
            }
            Guard.atLeast("durations.partySize", size, 1);
            Guard.between("durations.minutes", minutes, 15, 720);
        });
        this.defaultDurationMinutes = defaultMinutes;
        this.durationsByPartySize.clear();
        this.durationsByPartySize.putAll(byPartySize);
    }

    public void requirePrepayment(long perPersonCents) {
        this.prepaymentPerPersonCents = Guard.atLeast("prepaymentPerPersonCents", perPersonCents, 1L);
        this.prepaymentRequired = true;
    }

    public void waivePrepayment() {
        this.prepaymentRequired = false;
        this.prepaymentPerPersonCents = 0;
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    /** True when the service is active and runs on that date's weekday. */
    public boolean runsOn(LocalDate date) {
        return active && weekdays.contains(date.getDayOfWeek());
    }

    /** Whether the last seating falls on the day after the service date. */
    public boolean crossesMidnight() {
        return lastSeating.isBefore(startTime);
    }

    /**
     * The seating times of the service on {@code serviceDate} in {@code zone}: from the start to the
     * last seating, every slot interval of wall-clock time. On a spring-forward day a wall-clock time
     * that does not exist is skipped; on a fall-back day an ambiguous time appears once, at the
     * earlier offset. Empty when the service does not run that day.
     */
    public List<ZonedDateTime> slotsOn(LocalDate serviceDate, ZoneId zone) {
        if (!runsOn(serviceDate)) {
            return List.of();
        }
        ZoneRules rules = zone.getRules();
        LocalDateTime first = serviceDate.atTime(startTime);
        LocalDateTime last = (crossesMidnight() ? serviceDate.plusDays(1) : serviceDate).atTime(lastSeating);
        List<ZonedDateTime> slots = new ArrayList<>();
        for (LocalDateTime slot = first; !slot.isAfter(last); slot = slot.plusMinutes(slotIntervalMinutes)) {
            if (!rules.getValidOffsets(slot).isEmpty()) {
                slots.add(ZonedDateTime.ofLocal(slot, zone, null));
            }
        }
        return slots;
    }

    /** Minutes a party of that size keeps its table. */
    public int durationFor(int partySize) {
        Guard.atLeast("partySize", partySize, 1);
        Map.Entry<Integer, Integer> entry = new TreeMap<>(durationsByPartySize).ceilingEntry(partySize);
        return entry == null ? defaultDurationMinutes : entry.getValue();
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public String getName() {
        return name;
    }

    public ServiceKind getKind() {
        return kind;
    }

    public Set<DayOfWeek> getWeekdays() {
        return weekdays.isEmpty() ? Set.of() : EnumSet.copyOf(weekdays);
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getLastSeating() {
        return lastSeating;
    }

    public int getSlotIntervalMinutes() {
        return slotIntervalMinutes;
    }

    public int getMaxCovers() {
        return maxCovers;
    }

    public Integer getPacingCovers() {
        return pacingCovers;
    }

    public int getDefaultDurationMinutes() {
        return defaultDurationMinutes;
    }

    public Map<Integer, Integer> getDurationsByPartySize() {
        return Map.copyOf(durationsByPartySize);
    }

    public boolean isPrepaymentRequired() {
        return prepaymentRequired;
    }

    public long getPrepaymentPerPersonCents() {
        return prepaymentPerPersonCents;
    }

    public boolean isActive() {
        return active;
    }
}
