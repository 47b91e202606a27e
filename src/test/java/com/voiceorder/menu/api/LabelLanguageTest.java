package com.voiceorder.menu.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelLanguageTest {

    @Test
    void the_first_spoken_language_of_the_client_wins() {
        assertThat(LabelLanguage.of(List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("en-GB"), Locale.FRENCH)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(LabelLanguage.of(List.of(Locale.forLanguageTag("fr-BE"), Locale.ENGLISH))).isEqualTo(Locale.FRENCH);
    }

    @Test
    void french_is_the_default_when_the_client_asks_nothing_we_speak() {
        assertThat(LabelLanguage.of(null)).isEqualTo(Locale.FRENCH);
        assertThat(LabelLanguage.of(List.of())).isEqualTo(Locale.FRENCH);
        assertThat(LabelLanguage.of(List.of(new Locale("*")))).isEqualTo(Locale.FRENCH);
        assertThat(LabelLanguage.of(List.of(Locale.GERMAN))).isEqualTo(Locale.FRENCH);
    }
}
