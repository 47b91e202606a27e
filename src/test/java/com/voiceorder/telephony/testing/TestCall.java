package com.voiceorder.telephony.testing;

import com.voiceorder.telephony.sdp.AudioOffer;
import com.voiceorder.telephony.sdp.SessionDescriptions;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** What the test phone saw of one Call-ID, and the in-dialog actions it can take. */
public final class TestCall {

    private final TestPhone phone;
    private final String callId;
    private final List<Response> responses = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile ClientTransaction inviteTransaction;
    private volatile Dialog dialog;
    volatile boolean authenticated;

    TestCall(TestPhone phone, String callId) {
        this.phone = phone;
        this.callId = callId;
    }

    void inviteTransaction(ClientTransaction transaction) {
        if (transaction != null) {
            this.inviteTransaction = transaction;
        }
    }

    void dialog(Dialog dialog) {
        this.dialog = dialog;
    }

    void responseReceived(Response response) {
        responses.add(response);
    }

    void requestReceived(Request request) {
        requests.add(request);
    }

    public String callId() {
        return callId;
    }

    public List<Response> responses() {
        return List.copyOf(responses);
    }

    public List<Integer> statuses() {
        return responses.stream().map(Response::getStatusCode).toList();
    }

    /** Status codes of responses to the given method (from CSeq). */
    public List<Integer> statuses(String method) {
        return responses.stream()
                .filter(r -> ((javax.sip.header.CSeqHeader) r.getHeader("CSeq")).getMethod().equals(method))
                .map(Response::getStatusCode).toList();
    }

    public boolean hasFinal(int status) {
        return statuses().contains(status);
    }

    public Response last(int status) {
        for (int i = responses.size() - 1; i >= 0; i--) {
            if (responses.get(i).getStatusCode() == status) {
                return responses.get(i);
            }
        }
        throw new AssertionError("no " + status + " for " + callId + ", got " + statuses());
    }

    public List<Request> requestsReceived() {
        return List.copyOf(requests);
    }

    public boolean receivedBye() {
        return requests.stream().anyMatch(r -> r.getMethod().equals(Request.BYE));
    }

    /** The SDP of the last 200 OK to an INVITE. */
    public AudioOffer answer() throws Exception {
        Response ok = null;
        for (Response response : responses) {
            if (response.getStatusCode() == 200 && response.getRawContent() != null) {
                ok = response;
            }
        }
        if (ok == null) {
            throw new AssertionError("no 200 with SDP for " + callId);
        }
        return SessionDescriptions.parseAudio(new String(ok.getRawContent(), StandardCharsets.UTF_8));
    }

    public InetSocketAddress answeredMediaAddress() throws Exception {
        AudioOffer answer = answer();
        return new InetSocketAddress(InetAddress.getByName(answer.connectionAddress()), answer.port());
    }

    public void cancel() throws Exception {
        phone.cancel(inviteTransaction);
    }

    public void bye() throws Exception {
        phone.inDialog(dialog, Request.BYE, null);
    }

    public void reInvite(String sdp) throws Exception {
        phone.inDialog(dialog, Request.INVITE, sdp);
    }
}
