package com.voiceorder.twilio;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /twilio/stream}: Twilio's Media Stream WebSocket, also spoken by the dashboard's assistant
 * tester. The stream proves itself with the one-time token of its {@code start} message (see
 * {@link MediaStreamSession}); with nothing to take the call, the socket is closed at once. Not a CDI
 * bean (bean discovery is annotated): Liberty would try, and fail, a non-CDI field injection, so the
 * entry is looked up in the container.
 */
@ServerEndpoint("/twilio/stream")
public class TwilioStreamEndpoint {

    private static final Logger LOG = Logger.getLogger(TwilioStreamEndpoint.class.getName());

    private MediaStreamSession stream;

    @OnOpen
    public void open(Session session) {
        var socket = new MediaStreamSession.Socket() {
            @Override
            public void send(String text) {
                synchronized (session) {
                    try {
                        session.getBasicRemote().sendText(text);
                    } catch (IOException e) {
                        LOG.log(Level.FINE, "Twilio stream send failed", e);
                    }
                }
            }

            @Override
            public void close(boolean policyViolation, String reason) {
                closeQuietly(session, policyViolation ? CloseReason.CloseCodes.VIOLATED_POLICY
                        : CloseReason.CloseCodes.NORMAL_CLOSURE, reason);
            }
        };
        stream = CDI.current().select(TwilioEntry.class).get().newStream(socket).orElse(null);
        if (stream == null) {
            closeQuietly(session, CloseReason.CloseCodes.VIOLATED_POLICY, "Twilio entry not available");
        }
    }

    @OnMessage
    public void message(String text) {
        if (stream != null) {
            stream.onText(text);
        }
    }

    @OnClose
    public void closed(CloseReason reason) {
        if (stream != null) {
            stream.onClosed(reason.getCloseCode().getCode() + " " + reason.getReasonPhrase());
        }
    }

    private static void closeQuietly(Session session, CloseReason.CloseCode code, String reason) {
        try {
            session.close(new CloseReason(code, reason.length() > 120 ? reason.substring(0, 120) : reason));
        } catch (IOException e) {
            LOG.log(Level.FINE, "Twilio stream close failed", e);
        }
    }
}
