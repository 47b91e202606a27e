package com.voiceorder.telephony.sip;

import com.voiceorder.telephony.call.TransferOutcome;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.Dialog;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.Address;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A blind transfer by REFER in the caller's dialog (RFC 3515): the peer (trunk or gateway) calls the
 * staff itself and reports progress in NOTIFYs carrying {@code message/sipfrag}. Completes with
 * {@link Result#REFUSED} when the peer will not do it (the caller may then be bridged by us instead).
 */
final class ReferTransfer {

    private static final Logger LOG = Logger.getLogger(ReferTransfer.class.getName());
    private static final Pattern SIPFRAG_STATUS = Pattern.compile("^SIP/2\\.0\\s+(\\d{3})");

    /** How the REFER ended. */
    enum Result { CONNECTED, NO_ANSWER, REFUSED }

    private final SipContext sip;
    private final Dialog dialog;
    private final String callId;
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private ScheduledFuture<?> deadline;

    ReferTransfer(SipContext sip, Dialog dialog, String callId) {
        this.sip = sip;
        this.dialog = dialog;
        this.callId = callId;
    }

    /** Sends the REFER; NO_ANSWER when no final NOTIFY comes within {@code noAnswer}. */
    synchronized CompletableFuture<Result> refer(Address target, Address referredBy, Duration noAnswer) {
        try {
            Request refer = dialog.createRequest(Request.REFER);
            refer.addHeader(sip.headers.createReferToHeader(target));
            refer.addHeader(sip.headers.createHeader("Referred-By", referredBy.toString()));
            refer.addHeader(sip.headers.createContactHeader(referredBy));
            dialog.sendRequest(sip.provider.getNewClientTransaction(refer));
        } catch (SipException | ParseException | RuntimeException e) {
            LOG.log(Level.INFO, "REFER not sent on call " + callId, e);
            result.complete(Result.REFUSED);
            return result;
        }
        deadline = sip.scheduler.schedule(() -> complete(Result.NO_ANSWER), noAnswer.toMillis(), TimeUnit.MILLISECONDS);
        return result;
    }

    /** A response in the caller's dialog: only the REFER's concerns us. */
    void onResponse(ResponseEvent event) {
        Response response = event.getResponse();
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (!Request.REFER.equals(cseq.getMethod()) || response.getStatusCode() < 200) {
            return;
        }
        if (response.getStatusCode() >= 300) {
            LOG.info(() -> "REFER refused on call " + callId + ": " + response.getStatusCode());
            complete(Result.REFUSED);
        }
    }

    /** The REFER got no response at all. */
    void onTimeout() {
        complete(Result.REFUSED);
    }

    /** Progress of the peer's call to the staff; each NOTIFY is answered 200. */
    void onNotify(ServerTransaction transaction, Request notify) {
        sip.respond(transaction, notify, Response.OK, null);
        int status = sipfragStatus(notify);
        if (status >= 200 && status < 300) {
            complete(Result.CONNECTED);
        } else if (status >= 300) {
            LOG.info(() -> "Transfer by REFER failed on call " + callId + ": " + status);
            complete(Result.NO_ANSWER);
        } else if (status < 0 && terminated(notify)) {
            complete(Result.NO_ANSWER);
        }
    }

    boolean isDone() {
        return result.isDone();
    }

    private synchronized void complete(Result outcome) {
        if (deadline != null) {
            deadline.cancel(false);
        }
        result.complete(outcome);
    }

    private static int sipfragStatus(Request notify) {
        byte[] body = notify.getRawContent();
        if (body == null) {
            return -1;
        }
        Matcher matcher = SIPFRAG_STATUS.matcher(new String(body, StandardCharsets.UTF_8).strip());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static boolean terminated(Request notify) {
        javax.sip.header.Header state = notify.getHeader("Subscription-State");
        return state != null && state.toString().toLowerCase(java.util.Locale.ROOT).contains("terminated");
    }

    static TransferOutcome outcome(Result result) {
        return result == Result.CONNECTED ? TransferOutcome.CONNECTED : TransferOutcome.NO_ANSWER;
    }
}
