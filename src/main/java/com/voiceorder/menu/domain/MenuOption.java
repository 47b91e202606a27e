package com.voiceorder.menu.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One choice in an option group ("Saignant", "Supplément fromage +1,50 €"); part of the MenuItem aggregate. */
@Entity
@Table(name = "menu_option")
public class MenuOption extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "option_group_id", nullable = false)
    private OptionGroup group;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "price_delta_cents", nullable = false)
    private long priceDeltaCents;

    @Column(name = "available", nullable = false)
    private boolean available;

    protected MenuOption() {
    }

    MenuOption(OptionGroup group) {
        this.group = group;
    }

    void define(int newPosition, OptionSpec spec) {
        this.position = newPosition;
        this.name = Guard.text("name", spec.name(), 120);
        this.priceDeltaCents = Guard.notNegative("priceDeltaCents", spec.priceDeltaCents());
        this.available = spec.available();
    }

    public OptionGroup group() {
        return group;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public long priceDeltaCents() {
        return priceDeltaCents;
    }

    public boolean isAvailable() {
        return available;
    }
}
