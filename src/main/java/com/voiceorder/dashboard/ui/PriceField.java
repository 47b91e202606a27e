package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.voiceorder.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * An amount in euros typed the way the restaurant writes money (12,50 in France), read back as
 * cents; an empty (when required), negative or sub-cent amount is refused on the field.
 */
final class PriceField extends BigDecimalField {

    private static final int FRACTION_DIGITS = Money.EUR.getDefaultFractionDigits();
    private final boolean required;

    PriceField(String label, Locale moneyLocale, boolean required) {
        super(label);
        this.required = required;
        setLocale(moneyLocale);
        setSuffixComponent(new Span(Money.EUR.getSymbol(moneyLocale)));
        setRequiredIndicatorVisible(required);
    }

    void setCents(long cents) {
        setValue(BigDecimal.valueOf(cents, FRACTION_DIGITS));
    }

    /** The typed amount in cents; an empty optional field is 0. */
    long cents() {
        BigDecimal amount = getValue();
        if (amount == null) {
            if (required) {
                throw new FieldRefusal(this, getTranslation("form.required"));
            }
            return 0;
        }
        if (amount.signum() < 0) {
            throw new FieldRefusal(this, getTranslation("price.negative"));
        }
        try {
            return amount.movePointRight(FRACTION_DIGITS).longValueExact();
        } catch (ArithmeticException e) {
            throw new FieldRefusal(this, getTranslation("price.cents"));
        }
    }

    static String format(long cents, Locale moneyLocale) {
        return Money.euros(cents).format(moneyLocale);
    }
}
