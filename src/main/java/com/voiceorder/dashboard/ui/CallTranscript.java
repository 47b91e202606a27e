package com.voiceorder.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.voiceorder.calls.domain.Call;
import com.voiceorder.calls.domain.CallToolCall;
import com.voiceorder.calls.domain.CallTurn;
import com.voiceorder.calls.domain.Speaker;
import java.time.Duration;

/**
 * What was said on a call — each turn with the agent's response time — and the tool calls with their
 * arguments and results, as the call log and the assistant tester show them.
 */
final class CallTranscript {

    private CallTranscript() {
    }

    /** The transcript (id {@code transcriptId}) followed by the tool calls, into {@code target}. */
    static void addTo(Div target, Component page, Call call, RestaurantPage restaurant, String transcriptId) {
        target.add(new H3(page.getTranslation("calls.transcript")));
        Div transcript = new Div();
        transcript.setId(transcriptId);
        CallTurn previous = null;
        for (CallTurn turn : call.getTurns()) {
            String responseTime = "";
            if (turn.getSpeaker() != Speaker.CALLER && previous != null && previous.getSpeaker() == Speaker.CALLER) {
                responseTime = " (+" + Duration.between(previous.getAt(), turn.getAt()).toMillis() + " ms)";
            }
            transcript.add(new Paragraph(restaurant.time().format(turn.getAt()) + " "
                    + page.getTranslation("call.speaker." + turn.getSpeaker().name()) + responseTime + " : "
                    + turn.getText()));
            previous = turn;
        }
        if (call.getTurns().isEmpty()) {
            transcript.add(new Paragraph(page.getTranslation("calls.no-transcript")));
        }
        target.add(transcript);
        if (!call.getToolCalls().isEmpty()) {
            target.add(new H3(page.getTranslation("calls.tools")));
            Div tools = new Div();
            tools.addClassName("call-tools");
            for (CallToolCall tool : call.getToolCalls()) {
                tools.add(new Paragraph(restaurant.time().format(tool.getAt()) + " " + tool.getName()
                        + " (" + tool.getDurationMs() + " ms)"));
                tools.add(new Pre(tool.getArgumentsJson() + "\n→ " + tool.getResultJson()));
            }
            target.add(tools);
        }
    }
}
