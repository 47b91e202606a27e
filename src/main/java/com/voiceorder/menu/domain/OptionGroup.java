package com.voiceorder.menu.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A question asked about a dish ("Cuisson ?", "Suppléments"): the caller picks between
 * minChoices and maxChoices of its options; required when minChoices > 0. Part of the MenuItem aggregate.
 */
@Entity
@Table(name = "menu_option_group")
public class OptionGroup extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "menu_item_id", nullable = false)
    private MenuItem item;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "min_choices", nullable = false)
    private int minChoices;

    @Column(name = "max_choices", nullable = false)
    private int maxChoices;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<MenuOption> options = new ArrayList<>();

    protected OptionGroup() {
    }

    OptionGroup(MenuItem item) {
        this.item = item;
    }

    void define(int newPosition, OptionGroupSpec spec) {
        String newName = Guard.text("name", spec.name(), 120);
        if (spec.minChoices() < 0 || spec.maxChoices() < 1 || spec.minChoices() > spec.maxChoices()) {
            throw new DomainException("optionGroups",
                    newName + ": choices must satisfy 0 ≤ min ≤ max and max ≥ 1 (min " + spec.minChoices()
                            + ", max " + spec.maxChoices() + ")");
        }
        if (spec.options().isEmpty()) {
            throw new DomainException("optionGroups", newName + " has no options");
        }
        if (spec.minChoices() > spec.options().size()) {
            throw new DomainException("optionGroups",
                    newName + " requires " + spec.minChoices() + " choices but offers " + spec.options().size());
        }
        Set<String> names = new HashSet<>();
        for (OptionSpec option : spec.options()) {
            if (option.name() != null && !names.add(option.name().strip().toLowerCase(Locale.ROOT))) {
                throw new DomainException("optionGroups", newName + " lists the option " + option.name() + " twice");
            }
        }
        Map<Long, MenuOption> existing = options.stream()
                .filter(option -> option.getId() != null)
                .collect(Collectors.toMap(MenuOption::getId, Function.identity()));
        List<MenuOption> kept = new ArrayList<>();
        for (int i = 0; i < spec.options().size(); i++) {
            OptionSpec optionSpec = spec.options().get(i);
            MenuOption option = optionSpec.id() == null ? new MenuOption(this) : existing.get(optionSpec.id());
            if (option == null) {
                throw new DomainException("optionGroups", "Option " + optionSpec.id() + " is not in " + newName);
            }
            option.define(i, optionSpec);
            kept.add(option);
        }
        this.position = newPosition;
        this.name = newName;
        this.minChoices = spec.minChoices();
        this.maxChoices = spec.maxChoices();
        ChildList.replace(options, kept);
    }

    public MenuItem item() {
        return item;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public int minChoices() {
        return minChoices;
    }

    public int maxChoices() {
        return maxChoices;
    }

    public boolean isRequired() {
        return minChoices > 0;
    }

    /** Options in position order. */
    public List<MenuOption> options() {
        return options.stream().sorted(Comparator.comparingInt(MenuOption::position)).toList();
    }
}
