package com.voiceorder.shared.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount in minor units (cents) of a currency. Entities store the cents; this formats and adds. */
public record Money(long cents, Currency currency) {

    public static final Currency EUR = Currency.getInstance("EUR");

    public static Money euros(long cents) {
        return new Money(cents, EUR);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot add " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(cents, other.cents), currency);
    }

    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, quantity), currency);
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(cents, currency.getDefaultFractionDigits());
    }

    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(amount());
    }
}
