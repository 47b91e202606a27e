package com.voiceorder.dashboard.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** AI costs are tiny: shown in euros with four decimals (stored in millionths of a euro). */
final class CostFormat {

    private CostFormat() {
    }

    static String perCall(long microEuros, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance("EUR"));
        format.setMinimumFractionDigits(4);
        format.setMaximumFractionDigits(4);
        return format.format(BigDecimal.valueOf(microEuros, 6));
    }
}
