package com.voiceorder.reservations.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * A table in a room: seats between {@code minCovers} and {@code maxCovers} guests, and may be
 * pushed together with the tables listed in {@code combinableWith}. The label is unique per restaurant.
 */
@Entity
@Table(name = "dining_table")
public class DiningTable extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "room_id", nullable = false)
    private Long roomId;

    @Column(name = "label", length = 20, nullable = false)
    private String label;

    @Column(name = "min_covers", nullable = false)
    private int minCovers;

    @Column(name = "max_covers", nullable = false)
    private int maxCovers;

    @ElementCollection
    @CollectionTable(name = "dining_table_combination", joinColumns = @JoinColumn(name = "table_id"))
    @Column(name = "combinable_table_id", nullable = false)
    private Set<Long> combinableWith = new HashSet<>();

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected DiningTable() {
    }

    public DiningTable(Long restaurantId, Long roomId, String label, int minCovers, int maxCovers) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        moveToRoom(roomId);
        relabel(label);
        seat(minCovers, maxCovers);
    }

    public void moveToRoom(Long roomId) {
        this.roomId = Guard.required("roomId", roomId);
    }

    public void relabel(String label) {
        this.label = Guard.text("label", label, 20);
    }

    /** Seats from {@code min} to {@code max} guests (1 ≤ min ≤ max). */
    public void seat(int min, int max) {
        Guard.atLeast("minCovers", min, 1);
        if (max < min) {
            throw new DomainException("maxCovers", "maxCovers is below minCovers");
        }
        this.minCovers = min;
        this.maxCovers = Guard.atLeast("maxCovers", max, 1);
    }

    /** The tables this one can be combined with (not itself). */
    public void combinableWith(Set<Long> tableIds) {
        Set<Long> ids = tableIds == null ? Set.of() : tableIds;
        if (getId() != null && ids.contains(getId())) {
            throw new DomainException("combinableWith", "a table cannot be combined with itself");
        }
        this.combinableWith.clear();
        this.combinableWith.addAll(ids);
    }

    public boolean seats(int partySize) {
        return partySize >= minCovers && partySize <= maxCovers;
    }

    public void activate() {
        this.active = true;
    }

    public void deactivate() {
        this.active = false;
    }

    public Long getRestaurantId() {
        return restaurantId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public String getLabel() {
        return label;
    }

    public int getMinCovers() {
        return minCovers;
    }

    public int getMaxCovers() {
        return maxCovers;
    }

    public Set<Long> getCombinableWith() {
        return Set.copyOf(combinableWith);
    }

    public boolean isActive() {
        return active;
    }
}
