package com.voiceorder.calls.application;

/**
 * One tool of the phone agent. {@link #run} executes inside the transaction of
 * {@link ToolExecution}: throwing ({@link ToolFailure} or a domain exception) rolls back
 * everything it did.
 */
public interface AgentTool {

    ToolDefinition definition();

    /** Whether the agent gets this tool on a call to that line (null: no line, e.g. REST debugging). */
    default boolean offeredOn(com.voiceorder.calls.domain.PhoneLine line) {
        return true;
    }

    default String name() {
        return definition().name();
    }

    ToolResult run(AgentCall call, ToolArguments arguments);
}
