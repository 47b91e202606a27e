package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.AgentToolCall;
import com.voiceorder.calls.domain.AgentToolCallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Runs one tool call in one transaction, at most once per call id: the stored result of an earlier
 * run is returned as is; a successful result is recorded with its effects, so a concurrent
 * duplicate fails on the unique call id and its effects roll back.
 */
@ApplicationScoped
public class ToolExecution {

    private AgentToolCallRepository ledger;
    private List<AgentTool> tools;
    private Clock clock;

    @Inject
    public ToolExecution(AgentToolCallRepository ledger, @Any Instance<AgentTool> tools, Clock clock) {
        this(ledger, tools.stream().toList(), clock);
    }

    public ToolExecution(AgentToolCallRepository ledger, List<AgentTool> tools, Clock clock) {
        this.ledger = ledger;
        this.tools = List.copyOf(tools);
        this.clock = clock;
    }

    /** For CDI proxies. */
    protected ToolExecution() {
    }

    public List<AgentTool> tools() {
        return tools;
    }

    public Optional<AgentTool> tool(String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst();
    }

    @Transactional
    public ToolResult execute(AgentCall call, ToolInvocation invocation, AgentTool tool) {
        Optional<AgentToolCall> earlier = ledger.find(call.restaurantId(), invocation.callId());
        if (earlier.isPresent()) {
            return replay(earlier.get(), tool);
        }
        ToolResult result = tool.run(call, ToolArguments.parse(invocation.argumentsJson()));
        if (result.ok()) {
            ledger.add(new AgentToolCall(call.restaurantId(), invocation.callId(), tool.name(),
                    invocation.argumentsJson(), result.toJson(), clock.instant()));
        }
        return result;
    }

    /** The result stored for that call id, if the tool ran to completion. */
    @Transactional
    public Optional<ToolResult> stored(AgentCall call, ToolInvocation invocation, AgentTool tool) {
        return ledger.find(call.restaurantId(), invocation.callId()).map(earlier -> replay(earlier, tool));
    }

    private static ToolResult replay(AgentToolCall earlier, AgentTool tool) {
        if (!earlier.tool().equals(tool.name())) {
            return ToolResult.error("duplicate_call_id", "call_id " + earlier.callId() + " was already used by "
                    + earlier.tool(), "call_id", List.of());
        }
        return ToolResult.parse(earlier.result());
    }
}
