package com.voiceorder.reservations.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A room or area of the restaurant (main room, terrace); tables refer to it by id. */
@Entity
@Table(name = "dining_room")
public class DiningRoom extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "display_order", nullable = false)
    private int position;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected DiningRoom() {
    }

    public DiningRoom(Long restaurantId, String name, int position) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        rename(name);
        moveTo(position);
    }

    public void rename(String name) {
        this.name = Guard.text("name", name, 100);
    }

    /** Where the room appears in lists (lower first). */
    public void moveTo(int position) {
        this.position = Guard.atLeast("position", position, 0);
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

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
