package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.customers.domain.DuplicateCustomerException;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.IllegalTransitionException;
import com.voiceorder.shared.domain.NotFoundException;
import com.voiceorder.shared.infrastructure.IntegrityViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The phone agent's tools: their definitions for the model, and the dispatcher that runs a tool
 * call and always answers with a result the model can read — never an exception.
 */
@ApplicationScoped
public class AgentToolbox {

    private static final Logger LOG = Logger.getLogger(AgentToolbox.class.getName());

    private ToolExecution execution;

    @Inject
    public AgentToolbox(ToolExecution execution) {
        this.execution = execution;
    }

    /** For CDI proxies. */
    protected AgentToolbox() {
    }

    public List<ToolDefinition> definitions() {
        return execution.tools().stream().map(AgentTool::definition).toList();
    }

    /** The tools offered on a call to that line (null: no line); e.g. transfer_to_staff needs a staff number. */
    public List<ToolDefinition> definitions(PhoneLine line) {
        return execution.tools().stream().filter(tool -> tool.offeredOn(line)).map(AgentTool::definition).toList();
    }

    public boolean knows(String toolName) {
        return execution.tool(toolName).isPresent();
    }

    /** The tools bound to one call: what the voice side hands its tool calls to. */
    public CallTools forCall(AgentCall call) {
        return invocation -> run(call, invocation);
    }

    public ToolResult run(AgentCall call, ToolInvocation invocation) {
        Optional<AgentTool> tool = execution.tool(invocation.toolName());
        if (tool.isEmpty()) {
            return ToolResult.error("unknown_tool", "There is no tool named " + invocation.toolName(), null,
                    definitions().stream().map(ToolDefinition::name).toList());
        }
        if (invocation.callId() == null || invocation.callId().isBlank() || invocation.callId().length() > 100) {
            return ToolResult.error("invalid_arguments", "call_id is required (at most 100 characters)",
                    "call_id", List.of());
        }
        try {
            return runOnce(call, invocation, tool.get());
        } catch (RuntimeException failure) {
            return resultOf(failure, call, invocation);
        }
    }

    /** A concurrent first save of the same customer is run again: the second run finds the customer. */
    private ToolResult runOnce(AgentCall call, ToolInvocation invocation, AgentTool tool) {
        try {
            return execution.execute(call, invocation, tool);
        } catch (RuntimeException failure) {
            if (cause(failure, DuplicateCustomerException.class).isPresent()) {
                return execution.execute(call, invocation, tool);
            }
            if (IntegrityViolation.causedBy(failure)) {
                Optional<ToolResult> stored = execution.stored(call, invocation, tool);
                if (stored.isPresent()) {
                    return stored.get();
                }
            }
            throw failure;
        }
    }

    private static ToolResult resultOf(RuntimeException failure, AgentCall call, ToolInvocation invocation) {
        Optional<ToolFailure> toolFailure = cause(failure, ToolFailure.class);
        if (toolFailure.isPresent()) {
            return toolFailure.get().result();
        }
        Optional<DomainException> refused = cause(failure, DomainException.class);
        if (refused.isPresent()) {
            return ToolResult.error("refused", refused.get().getMessage(), refused.get().field(), List.of());
        }
        Optional<NotFoundException> notFound = cause(failure, NotFoundException.class);
        if (notFound.isPresent()) {
            return ToolResult.error("not_found", notFound.get().getMessage(), null, List.of());
        }
        Optional<IllegalTransitionException> conflict = cause(failure, IllegalTransitionException.class);
        if (conflict.isPresent()) {
            return ToolResult.error("conflict", conflict.get().getMessage(), null, List.of());
        }
        LOG.log(Level.WARNING, failure, () -> "Restaurant " + call.restaurantId() + ": tool "
                + invocation.toolName() + " (" + invocation.callId() + ") failed");
        return ToolResult.error("internal_error", "The tool failed; apologise and offer to take a message", null,
                List.of());
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
