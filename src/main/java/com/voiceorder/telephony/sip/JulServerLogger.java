package com.voiceorder.telephony.sip;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.SipStack;

/** Message trace of the JAIN-SIP RI at FINEST on {@code gov.nist.javax.sip.messages} (headers only, no bodies). */
public final class JulServerLogger implements ServerLogger {

    private static final Logger LOG = Logger.getLogger("gov.nist.javax.sip.messages");

    @Override
    public void closeLogFile() {
        // nothing open
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        log(message, from, to, sender);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        log(message, from, to, sender);
    }

    private static void log(SIPMessage message, String from, String to, boolean sender) {
        if (LOG.isLoggable(Level.FINEST)) {
            LOG.finest((sender ? "sent " : "received ") + from + " -> " + to + "\n" + message.encodeMessage(new StringBuilder()));
        }
    }

    @Override
    public void logException(Exception exception) {
        LOG.log(Level.FINE, "JAIN-SIP exception", exception);
    }

    @Override
    public void setStackProperties(Properties properties) {
        // nothing to configure
    }

    @Override
    public void setSipStack(SipStack sipStack) {
        // not needed
    }
}
