package com.voiceorder.calls.application.tools;

import com.voiceorder.calls.application.AgentCall;
import com.voiceorder.calls.application.AgentTool;
import com.voiceorder.calls.application.ToolArguments;
import com.voiceorder.calls.application.ToolDefinition;
import com.voiceorder.calls.application.ToolResult;
import com.voiceorder.calls.application.ToolSchema;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.PhoneLineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code transfer_to_staff}: the caller wants a person, or the agent failed twice on the same request.
 * Offered only on lines with a staff number. Changes nothing here: the result tells the voice side to
 * hand the call over once the agent's short announcement has been played.
 */
@ApplicationScoped
public class TransferToStaffTool implements AgentTool {

    private static final int MAX_REASON = 200;

    private static final ToolDefinition DEFINITION = new ToolDefinition("transfer_to_staff",
            "Hand the caller to a member of the staff. Use it when the caller asks for a person, or after you "
                    + "failed twice on the same request. Then say only a short sentence such as « Je vous passe "
                    + "un membre de l'équipe, un instant. »",
            ToolSchema.object()
                    .string("reason", "Why the caller is transferred, in a few words", true)
                    .build());

    private PhoneLineRepository lines;

    @Inject
    public TransferToStaffTool(PhoneLineRepository lines) {
        this.lines = lines;
    }

    /** For CDI proxies. */
    protected TransferToStaffTool() {
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public boolean offeredOn(PhoneLine line) {
        return line != null && line.getStaffTransferNumber() != null;
    }

    @Override
    public ToolResult run(AgentCall call, ToolArguments arguments) {
        String reason = arguments.text("reason");
        String shortReason = reason.substring(0, Math.min(MAX_REASON, reason.length()));
        boolean staffReachable = call.lineId() != null
                && lines.find(call.restaurantId(), call.lineId()).filter(this::offeredOn).isPresent();
        if (!staffReachable) {
            return ToolResult.error("no_staff_number", "This line has no staff number: offer to take a message",
                    null, List.of("end_call"));
        }
        return ToolResult.ok(json -> json.put("transfer", true).put("reason", shortReason)
                .put("say", "Dites seulement : « Je vous passe un membre de l'équipe, un instant. » "
                        + "(in the caller's language)"));
    }
}
