package com.voiceorder.ordering.domain;

import com.voiceorder.shared.domain.BaseEntity;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of an order: a menu item or a formula, with the name, price, options and formula
 * choices as they were when the order was placed (the menu may change afterwards).
 */
@Entity
@Table(name = "order_line")
public class OrderLine extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private Order order;

    @Column(name = "line_position", nullable = false)
    private int position;

    @Column(name = "menu_item_id")
    private Long menuItemId;

    @Column(name = "formula_id")
    private Long formulaId;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "unit_price_cents", nullable = false)
    private long unitPriceCents;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @ElementCollection
    @CollectionTable(name = "order_line_option", joinColumns = @JoinColumn(name = "order_line_id"))
    @OrderColumn(name = "option_position")
    private List<OrderLineOption> options = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "order_line_choice", joinColumns = @JoinColumn(name = "order_line_id"))
    @OrderColumn(name = "choice_position")
    private List<OrderLineChoice> choices = new ArrayList<>();

    @Column(name = "notes", length = 500)
    private String notes;

    protected OrderLine() {
    }

    /**
     * A line for exactly one of a menu item or a formula. The unit price, plus the options' price
     * deltas, must not be negative.
     */
    public OrderLine(Long menuItemId, Long formulaId, String name, long unitPriceCents, int quantity,
                     List<OrderLineOption> options, List<OrderLineChoice> choices, String notes) {
        if ((menuItemId == null) == (formulaId == null)) {
            throw new DomainException("line", "a line references exactly one menu item or one formula");
        }
        this.menuItemId = menuItemId;
        this.formulaId = formulaId;
        this.name = Guard.text("line.name", name, 200);
        this.unitPriceCents = Guard.atLeast("line.unitPriceCents", unitPriceCents, 0L);
        this.quantity = Guard.between("line.quantity", quantity, 1, 999);
        this.options = new ArrayList<>(options == null ? List.of() : options);
        this.choices = new ArrayList<>(choices == null ? List.of() : choices);
        this.notes = Guard.optionalText("line.notes", notes, 500);
        if (getUnitTotalCents() < 0) {
            throw new DomainException("line.options", "options cannot make a line's price negative");
        }
    }

    public static OrderLine ofItem(Long menuItemId, String name, long unitPriceCents, int quantity,
                                   List<OrderLineOption> options, String notes) {
        return new OrderLine(Guard.required("line.menuItemId", menuItemId), null, name, unitPriceCents, quantity,
                options, List.of(), notes);
    }

    public static OrderLine ofFormula(Long formulaId, String name, long unitPriceCents, int quantity,
                                      List<OrderLineChoice> choices, List<OrderLineOption> options, String notes) {
        return new OrderLine(null, Guard.required("line.formulaId", formulaId), name, unitPriceCents, quantity,
                options, choices, notes);
    }

    void attachTo(Order order, int position) {
        this.order = order;
        this.position = position;
    }

    /** Price of one unit including its options. */
    public long getUnitTotalCents() {
        long total = unitPriceCents;
        for (OrderLineOption option : options) {
            total = Math.addExact(total, option.getPriceDeltaCents());
        }
        return total;
    }

    /** Price of the line: (unit price + options) × quantity. */
    public long getTotalCents() {
        return Math.multiplyExact(getUnitTotalCents(), quantity);
    }

    /** Items the kitchen cooks for this line: the quantity, times the chosen courses of a formula. */
    public int getKitchenItems() {
        return Math.multiplyExact(quantity, Math.max(1, choices.size()));
    }

    public Order getOrder() {
        return order;
    }

    public int getPosition() {
        return position;
    }

    public Long getMenuItemId() {
        return menuItemId;
    }

    public Long getFormulaId() {
        return formulaId;
    }

    public String getName() {
        return name;
    }

    public long getUnitPriceCents() {
        return unitPriceCents;
    }

    public int getQuantity() {
        return quantity;
    }

    public List<OrderLineOption> getOptions() {
        return List.copyOf(options);
    }

    public List<OrderLineChoice> getChoices() {
        return List.copyOf(choices);
    }

    public String getNotes() {
        return notes;
    }
}
