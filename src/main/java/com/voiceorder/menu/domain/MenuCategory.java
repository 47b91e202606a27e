package com.voiceorder.menu.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A section of the menu ("Entrées", "Pizzas", "Desserts"), shown in position order; inactive ones are hidden. */
@Entity
@Table(name = "menu_category")
public class MenuCategory extends BaseEntity {

    @Column(name = "restaurant_id", nullable = false)
    private Long restaurantId;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected MenuCategory() {
    }

    public MenuCategory(Long restaurantId, String name, String description, int position) {
        this.restaurantId = Guard.required("restaurantId", restaurantId);
        describe(name, description);
        moveTo(position);
        this.active = true;
    }

    public void describe(String newName, String newDescription) {
        this.name = Guard.text("name", newName, 120);
        this.description = Guard.optionalText("description", newDescription, 1000);
    }

    public void moveTo(int newPosition) {
        this.position = Guard.notNegative("position", newPosition);
    }

    public void activate() {
        active = true;
    }

    public void deactivate() {
        active = false;
    }

    public Long restaurantId() {
        return restaurantId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public int position() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
