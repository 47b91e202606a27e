package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * {@code end_call}: the agent is done and said goodbye. Changes nothing here: the result tells the
 * voice side to hang up once the goodbye has been played.
 */
@ApplicationScoped
public class EndCallTool implements AgentTool {

    static final List<String> REASONS = List.of("completed", "caller_request", "wrong_number", "no_response",
            "transfer_refused");

    private static final ToolDefinition DEFINITION = new ToolDefinition("end_call",
            "Hang up, only after you said goodbye and the caller has nothing more to ask.",
            ToolSchema.object()
                    .enumeration("reason", "Why the call ends", REASONS, true)
                    .string("summary", "One sentence summing up the call for the staff", false)
                    .build());

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        String reason = arguments.choice("reason", REASONS);
        String summary = arguments.optionalText("summary").orElse(null);
        return ToolResult.ok(json -> {
            json.put("hang_up", true).put("reason", reason);
            if (summary != null) {
                json.put("summary", summary);
            }
        });
    }
}
