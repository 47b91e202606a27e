/**
 * Plain-Java telephony core: SIP (JAIN-SIP RI), SDP, RTP, G.711, DTMF, WAV. No jakarta, no business words.
 *
 * <p>Wiring by the container: build a {@link com.voiceorder.telephony.TelephonyConfig}, implement
 * {@link com.voiceorder.telephony.line.LineDirectory}, pass the managed {@link java.util.concurrent.ThreadFactory}
 * to {@link com.voiceorder.telephony.sip.SipEndpoint}, register an
 * {@link com.voiceorder.telephony.call.IncomingCallHandler}, then {@code start()}; call
 * {@code refreshLines()} when lines change and {@code stop()} on shutdown.
 *
 * <p>Sub-packages: {@code call} (the API the application uses), {@code line} (lines, status),
 * {@code sip} (endpoint, registrar, trunk registration, digest), {@code sdp}, {@code rtp} (sessions,
 * receive loops, pacer), {@code media} (G.711, frames, WAV), {@code voicemail}.
 */
package com.voiceorder.telephony;
