package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.vaadin.flow.component.textfield.IntegerField;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** A service's refusal worded for the user: common rules in the page's language, others as the service said. */
class DomainRefusalTest {

    /** A field whose page speaks French from the application's real bundle (no Vaadin service in a unit test). */
    private static final class FrenchField extends IntegerField {
        @Override
        public String getTranslation(String key, Object... params) {
            return new MessageFormat(ResourceBundle.getBundle("vaadin-i18n.translations", Locale.FRENCH).getString(key),
                    Locale.FRENCH).format(params);
        }
    }

    private static DomainException refusal(Runnable check) {
        return catchThrowableOfType(DomainException.class, check::run);
    }

    @Test
    void a_common_rule_is_worded_in_the_page_language_with_its_bounds() {
        FrenchField field = new FrenchField();
        DomainException outOfRange = refusal(() -> Guard.between("slotIntervalMinutes", 2, 5, 240));

        DomainRefusal.show(outOfRange, Map.of("slotIntervalMinutes", field));

        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Entre 5 et 240");
        assertThat(DomainRefusal.wording(field, refusal(() -> Guard.text("name", " ", 100)))).isEqualTo("Champ obligatoire");
        assertThat(DomainRefusal.wording(field, refusal(() -> Guard.optionalText("name", "x".repeat(101), 100))))
                .isEqualTo("100 caractères au plus");
    }

    @Test
    void a_rule_of_its_own_keeps_the_service_message() {
        FrenchField field = new FrenchField();

        DomainRefusal.show(new DomainException("label", "another table is labelled T1"), Map.of("label", field));

        assertThat(field.getErrorMessage()).isEqualTo("another table is labelled T1");
    }
}
