package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import com.voiceorder.restaurant.application.FaqService;
import com.voiceorder.restaurant.domain.Faq;
import com.voiceorder.restaurant.domain.FaqLearned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/** {@code log_new_faq}: records a question the agent could not answer, for staff to answer and approve. */
@ApplicationScoped
public class LogNewFaqTool implements AgentTool {

    private static final ToolDefinition DEFINITION = new ToolDefinition("log_new_faq",
            "Record a question you could not answer from your instructions, so the staff can answer it for next "
                    + "time. Tell the caller the restaurant will get back to them; never invent the answer.",
            ToolSchema.object()
                    .string("question", "The caller's question, rephrased clearly", true)
                    .string("answer", "A partial answer you could give, or null", false)
                    .build());

    private FaqService faqs;
    private Event<FaqLearned> learned;

    @Inject
    public LogNewFaqTool(FaqService faqs, Event<FaqLearned> learned) {
        this.faqs = faqs;
        this.learned = learned;
    }

    /** For CDI proxies. */
    protected LogNewFaqTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        Faq faq = faqs.learnFromCall(call.restaurantId(), call.phoneCallId(), arguments.text("question"),
                arguments.optionalText("answer").orElse(null));
        learned.fire(new FaqLearned(call.restaurantId(), faq.getId(), call.phoneCallId()));
        return ToolResult.ok(json -> json.put("faq_id", faq.getId()));
    }
}
