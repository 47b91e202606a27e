package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.application.AssistantTesting;
import com.voiceorder.twilio.TwilioEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Test calls from the dashboard use the Media Streams entry: the browser speaks Twilio's protocol. */
@ApplicationScoped
public class TwilioTestStreams implements AssistantTesting.StreamIssuer {

    @Inject
    TwilioEntry entry;

    @Override
    public AssistantTesting.TestStream issue(String lineNumber) {
        TwilioEntry.TestStream stream = entry.issueTestStream(lineNumber);
        return new AssistantTesting.TestStream(TwilioEntry.STREAM_PATH, stream.callSid(), stream.token());
    }
}
