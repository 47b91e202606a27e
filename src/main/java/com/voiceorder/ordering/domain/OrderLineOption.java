package com.voiceorder.ordering.domain;

import com.voiceorder.shared.domain.Guard;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** An option chosen on a line ("extra cheese, +1.50 €"), copied as it was priced at order time. */
@Embeddable
public class OrderLineOption {

    @Column(name = "option_id")
    private Long optionId;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "price_delta_cents", nullable = false)
    private long priceDeltaCents;

    protected OrderLineOption() {
    }

    public OrderLineOption(Long optionId, String name, long priceDeltaCents) {
        this.optionId = optionId;
        this.name = Guard.text("option.name", name, 200);
        this.priceDeltaCents = priceDeltaCents;
    }

    public Long getOptionId() {
        return optionId;
    }

    public String getName() {
        return name;
    }

    public long getPriceDeltaCents() {
        return priceDeltaCents;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderLineOption that && Objects.equals(optionId, that.optionId)
                && name.equals(that.name) && priceDeltaCents == that.priceDeltaCents;
    }

    @Override
    public int hashCode() {
        return Objects.hash(optionId, name, priceDeltaCents);
    }

    @Override
    public String toString() {
        return name + " (" + priceDeltaCents + ")";
    }
}
