package com.voiceorder.calls.application;

import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The real {@link ToolExecution}, each call in its own transaction as in the container. */
public final class TransactionalToolExecution extends ToolExecution {

    private final TestDatabase db;
    private final Clock clock;
    private final AgentServices.Ports ports;
    private final List<AgentTool> definitions;

    public TransactionalToolExecution(TestDatabase db, Clock clock, AgentServices.Ports ports) {
        this.db = db;
        this.clock = clock;
        this.ports = ports;
        this.definitions = db.inTransaction((EntityManager em) -> AgentServices.over(em, clock, ports).execution().tools());
    }

    private <T> T tx(Function<ToolExecution, T> work) {
        return db.inTransaction((EntityManager em) -> work.apply(AgentServices.over(em, clock, ports).execution()));
    }

    @Override
    public List<AgentTool> tools() {
        return definitions;
    }

    @Override
    public Optional<AgentTool> tool(String name) {
        return definitions.stream().filter(tool -> tool.name().equals(name)).findFirst();
    }

    @Override
    public ToolResult execute(AgentCall call, ToolInvocation invocation, AgentTool tool) {
        return tx(execution -> execution.execute(call, invocation, execution.tool(tool.name()).orElseThrow()));
    }

    @Override
    public Optional<ToolResult> stored(AgentCall call, ToolInvocation invocation, AgentTool tool) {
        return tx(execution -> execution.stored(call, invocation, execution.tool(tool.name()).orElseThrow()));
    }
}
