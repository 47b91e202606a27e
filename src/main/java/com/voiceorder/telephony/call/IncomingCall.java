package com.voiceorder.telephony.call;

import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.media.G711;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * A call being offered to the application (100 Trying sent). The application rings, then answers or
 * rejects, from any thread. If the caller cancels meanwhile, {@link #ended()} completes with
 * {@link EndReason#CANCELLED} and a later {@code answer} returns an ended session.
 */
public interface IncomingCall {

    /** SIP Call-ID, for logs and correlation. */
    String callId();

    /** The {@code SipLine.id()} the call arrived on. */
    String lineId();

    /** Caller id from P-Asserted-Identity, else From; empty when withheld or not a number. */
    Optional<PhoneNumber> caller();

    /** The called user as the INVITE carried it (Request-URI user part). */
    String calledNumber();

    /** The codec we will answer with (the caller's first G.711 preference). */
    G711 codec();

    /** Whether the caller offered RFC 4733 telephone-events (DTMF will be reported). */
    boolean dtmfOffered();

    /** Sends 180 Ringing (once; later calls do nothing). */
    void ring();

    /** Sends 200 OK with the SDP answer and starts media; events go to {@code media}. */
    CallSession answer(CallMedia media);

    /** Sends a final error response (e.g. 480, 486, 603) instead of answering. */
    void reject(int sipStatus);

    /** Completes once with the reason the call ended (also before an answer). */
    CompletionStage<EndReason> ended();
}
