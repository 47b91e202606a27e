package com.voiceorder.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.restaurant.application.FaqCommand;
import com.voiceorder.restaurant.application.FaqService;
import com.voiceorder.restaurant.application.FaqView;
import com.voiceorder.restaurant.domain.Faq;
import com.voiceorder.shared.domain.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Answering and approving what the phone agent learned, without a browser. */
class FaqDialogTest {

    private static final RestaurantPage RESTAURANT = new RestaurantPage(1, "Chez Test", ZoneId.of("Europe/Paris"),
            Locale.FRANCE, "FR");
    private static final FaqView LEARNED = new FaqView(30L, "Avez-vous un parking ?", null, false, 800L,
            Instant.parse("2026-11-20T18:00:00Z"));

    /** What the service was asked to do, in order. */
    private final List<String> calls = new ArrayList<>();
    private final List<Boolean> savedCallbacks = new ArrayList<>();

    /** Records the calls; refuses what the Faq entity refuses (staff entries need an answer). */
    private final FaqService faqs = new FaqService() {
        @Override
        public Faq create(Long restaurantId, FaqCommand command) {
            if (command.answer() == null || command.answer().isBlank()) {
                throw new DomainException("answer", "answer is required");
            }
            calls.add("create " + command.question() + " = " + command.answer());
            return null;
        }

        @Override
        public Faq update(Long restaurantId, Long faqId, FaqCommand command) {
            if (command.question().length() > Faq.QUESTION_MAX) {
                throw new DomainException("question", "question is longer than " + Faq.QUESTION_MAX + " characters");
            }
            calls.add("update " + faqId + " " + command.question() + " = " + command.answer());
            return null;
        }

        @Override
        public Faq approve(Long restaurantId, Long faqId) {
            calls.add("approve " + faqId);
            return null;
        }
    };

    private FaqDialog dialog(FaqView editing) {
        return new FaqDialog(RESTAURANT, faqs, editing, () -> savedCallbacks.add(true));
    }

    @Test
    void a_learned_question_is_answered_then_approved_in_one_step() {
        FaqDialog dialog = dialog(LEARNED);
        assertThat(dialog.approve.isVisible()).isTrue();
        dialog.answer.setValue("Oui, place Castellane, gratuit après 19 h.");

        dialog.approve();

        assertThat(calls).containsExactly("update 30 Avez-vous un parking ? = Oui, place Castellane, gratuit après 19 h.",
                "approve 30");
        assertThat(savedCallbacks).containsExactly(true);
    }

    @Test
    void approving_a_learned_question_without_an_answer_is_refused_on_the_answer_and_changes_nothing() {
        FaqDialog dialog = dialog(LEARNED);
        dialog.question.setValue("Avez-vous un parking pour les clients ?");

        dialog.approve();

        assertThat(dialog.answer.isInvalid()).isTrue();
        assertThat(dialog.answer.getErrorMessage()).isNotBlank();
        assertThat(dialog.question.getValue()).isEqualTo("Avez-vous un parking pour les clients ?");
        assertThat(calls).isEmpty();
        assertThat(savedCallbacks).isEmpty();
    }

    @Test
    void saving_a_learned_question_without_an_answer_rewords_it_and_keeps_it_waiting() {
        FaqDialog dialog = dialog(LEARNED);
        dialog.question.setValue("Y a-t-il un parking ?");

        dialog.save();

        assertThat(calls).containsExactly("update 30 Y a-t-il un parking ? = ");
        assertThat(savedCallbacks).containsExactly(true);
    }

    @Test
    void an_approved_entry_offers_no_approval_and_cannot_lose_its_answer() {
        FaqDialog dialog = dialog(new FaqView(31L, "Horaires ?", "De 12 h à 14 h et de 19 h à 22 h.", true, null,
                Instant.parse("2026-11-20T18:00:00Z")));
        assertThat(dialog.approve.isVisible()).isFalse();
        dialog.answer.clear();

        dialog.save();

        assertThat(dialog.answer.isInvalid()).isTrue();
        assertThat(calls).isEmpty();
    }

    @Test
    void a_refusal_by_the_service_lands_on_its_field_with_the_text_kept() {
        FaqDialog dialog = dialog(LEARNED);
        String tooLong = "?".repeat(Faq.QUESTION_MAX + 1);
        dialog.question.setValue(tooLong);
        dialog.answer.setValue("Oui");

        dialog.approve();

        assertThat(dialog.question.isInvalid()).isTrue();
        assertThat(dialog.question.getErrorMessage()).contains("longer");
        assertThat(dialog.question.getValue()).isEqualTo(tooLong);
        assertThat(dialog.answer.getValue()).isEqualTo("Oui");
        assertThat(calls).as("not approved when the wording was refused").isEmpty();
    }

    @Test
    void a_new_entry_written_by_staff_needs_an_answer() {
        FaqDialog dialog = dialog(null);
        assertThat(dialog.approve.isVisible()).isFalse();
        dialog.question.setValue("Livrez-vous à l'Estaque ?");

        dialog.save();
        assertThat(dialog.answer.isInvalid()).isTrue();
        assertThat(dialog.question.getValue()).isEqualTo("Livrez-vous à l'Estaque ?");

        dialog.answer.setValue("Oui, jusqu'à 22 h.");
        dialog.save();

        assertThat(calls).containsExactly("create Livrez-vous à l'Estaque ? = Oui, jusqu'à 22 h.");
    }
}
