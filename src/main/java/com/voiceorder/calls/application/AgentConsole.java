package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.customers.application.CallerRecognition;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.domain.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The agent driven from outside a phone call (REST integration and debugging): the line is named
 * by id or number, the caller by any notation; then the same prompt and tools as a real call.
 */
@ApplicationScoped
public class AgentConsole {

    private PhoneLineService lines;
    private PromptBuilder prompts;
    private AgentToolbox toolbox;
    private CallerRecognition recognition;

    @Inject
    public AgentConsole(PhoneLineService lines, PromptBuilder prompts, AgentToolbox toolbox,
            CallerRecognition recognition) {
        this.lines = lines;
        this.prompts = prompts;
        this.toolbox = toolbox;
        this.recognition = recognition;
    }

    /** For CDI proxies. */
    protected AgentConsole() {
    }

    public AgentBriefing brief(Long restaurantId, String line, String caller) {
        return findLine(restaurantId, line)
                .map(found -> prompts.brief(found, caller))
                .orElseGet(() -> prompts.brief(restaurantId, caller));
    }

    public boolean knowsTool(String name) {
        return toolbox.knows(name);
    }

    public ToolResult run(Long restaurantId, String line, String caller, ToolInvocation invocation) {
        Long lineId = findLine(restaurantId, line).map(PhoneLine::getId).orElse(null);
        PhoneNumber phone = recognition.normalise(restaurantId, caller).orElse(null);
        return toolbox.run(new AgentCall(restaurantId, lineId, phone, null), invocation);
    }

    /** The restaurant's line with that id or number; empty when not given; unknown → not found. */
    private Optional<PhoneLine> findLine(Long restaurantId, String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        String reference = line.strip();
        if (reference.matches("\\d{1,12}")) {
            return Optional.of(lines.get(restaurantId, Long.valueOf(reference)));
        }
        return recognition.normalise(restaurantId, reference)
                .flatMap(number -> lines.findByNumber(number.e164()))
                .filter(found -> found.getRestaurantId().equals(restaurantId))
                .or(() -> {
                    throw new NotFoundException("Phone line", reference);
                });
    }
}
