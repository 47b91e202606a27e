package com.voiceorder.menu.domain;

import java.util.Locale;

/** The 14 allergens EU Regulation 1169/2011 (Annex II) requires restaurants to declare. */
public enum Allergen {
    GLUTEN("Gluten", "Gluten"),
    CRUSTACEANS("Crustacés", "Crustaceans"),
    EGGS("Œufs", "Eggs"),
    FISH("Poisson", "Fish"),
    PEANUTS("Arachides", "Peanuts"),
    SOYBEANS("Soja", "Soybeans"),
    MILK("Lait", "Milk"),
    NUTS("Fruits à coque", "Tree nuts"),
    CELERY("Céleri", "Celery"),
    MUSTARD("Moutarde", "Mustard"),
    SESAME("Sésame", "Sesame"),
    SULPHITES("Sulfites", "Sulphites"),
    LUPIN("Lupin", "Lupin"),
    MOLLUSCS("Mollusques", "Molluscs");

    private final String french;
    private final String english;

    Allergen(String french, String english) {
        this.french = french;
        this.english = english;
    }

    public String frenchLabel() {
        return french;
    }

    public String englishLabel() {
        return english;
    }

    /** The French label for French, the English one for any other language. */
    public String label(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? french : english;
    }
}
