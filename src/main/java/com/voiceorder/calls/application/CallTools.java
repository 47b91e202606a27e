package com.voiceorder.calls.application;

/** The agent's tools bound to one call: the voice side hands each tool call the model makes here. */
@FunctionalInterface
public interface CallTools {

    ToolResult run(ToolInvocation invocation);
}
