package com.voiceorder.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/** The dashboard speaks French first, English second. */
public final class Languages {

    public static final Locale FRENCH = Locale.FRANCE;
    public static final Locale ENGLISH = Locale.UK;
    public static final List<Locale> SUPPORTED = List.of(FRENCH, ENGLISH);

    private Languages() {
    }

    public static Locale of(String language) {
        return "en".equals(language) ? ENGLISH : FRENCH;
    }

    /** Switches this session (every open tab on next navigation) and the current UI. */
    public static void use(UI ui, Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        ui.setLocale(locale);
    }
}
