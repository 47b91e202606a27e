package com.voiceorder.telephony.testing;

import javax.sip.ListeningPoint;
import javax.sip.SipProvider;
import javax.sip.SipStack;

/** Shutting down a test user agent's JAIN-SIP stack, best effort: tests are ending anyway. */
final class TestSipStacks {

    private TestSipStacks() {
    }

    static void shutDown(SipStack stack, SipProvider provider) {
        for (ListeningPoint point : provider.getListeningPoints()) {
            try {
                provider.removeListeningPoint(point);
                stack.deleteListeningPoint(point);
            } catch (Exception ignored) {
                // closing anyway
            }
        }
        try {
            stack.deleteSipProvider(provider);
        } catch (Exception ignored) {
            // closing anyway
        }
        stack.stop();
    }
}
