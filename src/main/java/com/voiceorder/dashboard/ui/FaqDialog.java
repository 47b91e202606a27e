package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.voiceorder.restaurant.application.FaqCommand;
import com.voiceorder.restaurant.application.FaqService;
import com.voiceorder.restaurant.application.FaqView;
import com.voiceorder.restaurant.domain.Faq;
import com.voiceorder.shared.domain.DomainException;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an FAQ entry, or rewords one. A question the agent learned during a call waits for an
 * answer: "approve" saves the wording and lets the agent use it, and is refused on the answer
 * field while there is none.
 */
final class FaqDialog extends Dialog {

    final TextArea question = new TextArea();
    final TextArea answer = new TextArea();
    final Button approve = new Button();
    private final Map<String, HasValidation> fieldsByName = Map.of("question", question, "answer", answer);
    private final RestaurantPage restaurant;
    private final FaqService faqs;
    private final FaqView editing;
    private final Runnable saved;

    FaqDialog(RestaurantPage restaurant, FaqService faqs, FaqView editing, Runnable saved) {
        this.restaurant = restaurant;
        this.faqs = faqs;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(getTranslation(editing == null ? "faq.new" : "faq.edit"));
        setId("faq-dialog");
        setWidth("40rem");
        question.setLabel(getTranslation("faq.question"));
        question.setId("faq-question");
        question.setMaxLength(Faq.QUESTION_MAX);
        question.setRequiredIndicatorVisible(true);
        answer.setLabel(getTranslation("faq.answer"));
        answer.setId("faq-answer");
        answer.setMaxLength(Faq.ANSWER_MAX);
        if (editing != null) {
            question.setValue(editing.question());
            answer.setValue(Objects.requireNonNullElse(editing.answer(), ""));
        }
        FormLayout form = new FormLayout(question, answer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (editing != null && editing.learnedFromCallId() != null) {
            add(new Paragraph(getTranslation("faq.learned-from-call", editing.learnedFromCallId())));
        }
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("faq-save");
        approve.setText(getTranslation("faq.approve"));
        approve.setId("faq-approve");
        approve.addClickListener(e -> approve());
        approve.setVisible(editing != null && !editing.approved());
        (approve.isVisible() ? approve : save).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.back"), e -> close()), save, approve);
    }

    /** Creates the entry (approved at once: written by staff) or saves the new wording. */
    void save() {
        submit(false);
    }

    /** Saves the wording, then lets the agent use it; needs an answer. */
    void approve() {
        submit(true);
    }

    private void submit(boolean approving) {
        question.setInvalid(false);
        answer.setInvalid(false);
        try {
            FaqCommand command = new FaqCommand(FieldRefusal.requiredText(question),
                    approving || editing == null || editing.approved() ? FieldRefusal.requiredText(answer) : answer.getValue());
            if (editing == null) {
                faqs.create(restaurant.id(), command);
            } else {
                faqs.update(restaurant.id(), editing.id(), command);
                if (approving) {
                    faqs.approve(restaurant.id(), editing.id());
                }
            }
            close();
            saved.run();
        } catch (FieldRefusal e) {
            e.show();
        } catch (DomainException e) {
            DomainRefusal.show(e, fieldsByName);
        }
    }
}
