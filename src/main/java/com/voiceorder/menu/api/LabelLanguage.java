package com.voiceorder.menu.api;

import java.util.List;
import java.util.Locale;

/** The language of human-readable labels (allergens): the first of the client's Accept-Language we speak, else French. */
final class LabelLanguage {

    static final Locale DEFAULT = Locale.FRENCH;
    private static final List<String> SPOKEN = List.of("fr", "en");

    private LabelLanguage() {
    }

    /** @param acceptable the Accept-Language ranges, best first (as JAX-RS gives them; "*" matches any). */
    static Locale of(List<Locale> acceptable) {
        if (acceptable == null) {
            return DEFAULT;
        }
        return acceptable.stream()
                .map(Locale::getLanguage)
                .filter(SPOKEN::contains)
                .findFirst()
                .map(Locale::forLanguageTag)
                .orElse(DEFAULT);
    }
}
