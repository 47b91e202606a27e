package com.voiceorder.telephony.testing;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.clientauthutils.AccountManager;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.UserCredentials;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A small JAIN-SIP user agent for tests: INVITE with SDP, CANCEL, BYE, re-INVITE, OPTIONS, any method,
 * REGISTER with digest (the RI's own AuthenticationHelper, an implementation independent of ours).
 * Answers BYEs it receives with 200. Everything it sees is recorded per Call-ID. It can also play the
 * staff phone ({@link #answerInvites}) and a peer that carries out REFERs ({@link #answerRefers}).
 */
public final class TestPhone implements SipListener, AutoCloseable {

    public static final String HOST = "127.0.0.1";

    /** What the phone does with an INVITE it receives. */
    public enum IncomingInvites {
        /** 200 OK without SDP (the default, enough for requests that only need an answer). */
        ACCEPT_BLINDLY,
        /** 180 then 200 OK with a PCMA/PCMU SDP answer pointing at {@link #answerInvites}' RTP port. */
        ANSWER,
        /** 180 and nothing more until a CANCEL (then 487). */
        RING_FOREVER,
        /** 486 Busy Here. */
        BUSY
    }

    private final SipStackImpl stack;
    private final SipProvider provider;
    private final HeaderFactory headers = new HeaderFactoryImpl();
    private final MessageFactory messages = new MessageFactoryImpl();
    private final AddressFactory addresses = new AddressFactoryImpl();
    private final int port;
    private final Map<String, TestCall> calls = new ConcurrentHashMap<>();
    private final List<Request> requestsReceived = new CopyOnWriteArrayList<>();
    private volatile AuthenticationHelper authentication;
    private final Map<String, ServerTransaction> ringingInvites = new ConcurrentHashMap<>();
    private volatile IncomingInvites incomingInvites = IncomingInvites.ACCEPT_BLINDLY;
    private volatile int answerRtpPort;
    private volatile int referStatus = Response.OK;
    private volatile String referSipfrag;
    private final String toTag = Long.toHexString(System.nanoTime());

    private TestPhone(int port) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "test-phone-" + UUID.randomUUID());
        properties.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", "1");
        properties.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", "com.voiceorder.telephony.sip.JulStackLogger");
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", "com.voiceorder.telephony.sip.JulServerLogger");
        stack = new SipStackImpl(properties);
        ListeningPoint point = stack.createListeningPoint(HOST, port, ListeningPoint.UDP);
        this.port = point.getPort();
        provider = stack.createSipProvider(point);
        provider.addListeningPoint(stack.createListeningPoint(HOST, this.port, ListeningPoint.TCP));
        provider.addSipListener(this);
        stack.start();
    }

    public static TestPhone start() throws Exception {
        return new TestPhone(FreePorts.udpAndTcp());
    }

    public int port() {
        return port;
    }

    public List<Request> requestsReceived() {
        return List.copyOf(requestsReceived);
    }

    // ---- building requests ----

    /**
     * An out-of-dialog request from {@code fromUser} to {@code toUri} (e.g. sip:+33491000000@127.0.0.1:5060),
     * over UDP, or TCP when the URI says {@code ;transport=tcp}.
     */
    public Request request(String method, String toUri, String fromUser) throws Exception {
        SipURI requestUri = (SipURI) addresses.createURI(toUri);
        String transport = requestUri.getTransportParam() == null ? "udp" : requestUri.getTransportParam();
        String contactTransport = "udp".equalsIgnoreCase(transport) ? "" : ";transport=" + transport;
        Address from = addresses.createAddress("\"Test\" <sip:" + fromUser + "@" + HOST + ":" + port + ">");
        Address to = addresses.createAddress(toUri);
        CallIdHeader callId = provider.getNewCallId();
        CSeqHeader cseq = headers.createCSeqHeader(1L, method);
        FromHeader fromHeader = headers.createFromHeader(from, Long.toHexString(System.nanoTime()));
        ToHeader toHeader = headers.createToHeader(to, null);
        ViaHeader via = headers.createViaHeader(HOST, port, transport, null);
        via.setRPort();
        MaxForwardsHeader maxForwards = headers.createMaxForwardsHeader(70);
        Request request = messages.createRequest(requestUri, method, callId, cseq, fromHeader, toHeader,
                new ArrayList<>(List.of(via)), maxForwards);
        ContactHeader contact = headers.createContactHeader(
                addresses.createAddress("<sip:" + fromUser + "@" + HOST + ":" + port + contactTransport + ">"));
        request.addHeader(contact);
        return request;
    }

    public static String offer(int rtpPort, String payloadTypes) {
        return "v=0\r\no=- 4242 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                + "m=audio " + rtpPort + " RTP/AVP " + payloadTypes + "\r\n"
                + "a=rtpmap:8 PCMA/8000\r\na=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-15\r\na=sendrecv\r\n";
    }

    public TestCall invite(String toUri, String fromUser, String sdp) throws Exception {
        Request invite = request(Request.INVITE, toUri, fromUser);
        if (sdp != null) {
            invite.setContent(sdp, headers.createContentTypeHeader("application", "sdp"));
        }
        return send(invite);
    }

    /** Sends any request in a new client transaction and records its responses. */
    public TestCall send(Request request) throws Exception {
        ClientTransaction transaction = provider.getNewClientTransaction(request);
        TestCall call = calls.computeIfAbsent(((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId(),
                id -> new TestCall(this, id));
        call.inviteTransaction(request.getMethod().equals(Request.INVITE) ? transaction : null);
        transaction.sendRequest();
        return call;
    }

    void cancel(ClientTransaction invite) throws Exception {
        provider.getNewClientTransaction(invite.createCancel()).sendRequest();
    }

    void inDialog(Dialog dialog, String method, String sdp) throws Exception {
        Request request = dialog.createRequest(method);
        if (sdp != null) {
            ContentTypeHeader type = headers.createContentTypeHeader("application", "sdp");
            request.setContent(sdp, type);
        }
        ClientTransaction transaction = provider.getNewClientTransaction(request);
        dialog.sendRequest(transaction);
    }

    /** REGISTER answered by the RI's AuthenticationHelper (fixed cnonce, adds maddr: a strict peer). */
    public TestCall register(String registrarUri, String user, String password, int expires) throws Exception {
        String domain = ((SipURI) addresses.createURI(registrarUri)).getHost();
        authentication = ((SipStackExt) stack).getAuthenticationHelper(new AccountManager() {
            @Override
            public UserCredentials getCredentials(ClientTransaction challenged, String realm) {
                return new UserCredentials() {
                    @Override
                    public String getUserName() {
                        return user;
                    }

                    @Override
                    public String getPassword() {
                        return password;
                    }

                    @Override
                    public String getSipDomain() {
                        return domain;
                    }
                };
            }
        }, headers);
        Request register = request(Request.REGISTER, registrarUri, user);
        register.setRequestURI(addresses.createURI(registrarUri));
        Address aor = addresses.createAddress("sip:" + user + "@" + domain);
        register.setHeader(headers.createFromHeader(aor, Long.toHexString(System.nanoTime())));
        register.setHeader(headers.createToHeader(aor, null));
        register.setHeader(headers.createExpiresHeader(expires));
        return send(register);
    }

    /** How INVITEs received from now on are answered; {@code rtpPort} is put in the SDP answer. */
    public void answerInvites(IncomingInvites behaviour, int rtpPort) {
        this.incomingInvites = behaviour;
        this.answerRtpPort = rtpPort;
    }

    /**
     * How REFERs are answered: with {@code status}, then (when 2xx and {@code sipfragStatusLine} is given)
     * a NOTIFY whose message/sipfrag body is that status line, e.g. "SIP/2.0 200 OK".
     */
    public void answerRefers(int status, String sipfragStatusLine) {
        this.referStatus = status;
        this.referSipfrag = sipfragStatusLine;
    }

    /** The calls this phone received (as the staff phone), in arrival order of their INVITE. */
    public List<TestCall> incomingCalls() {
        return requestsReceived.stream().filter(r -> r.getMethod().equals(Request.INVITE))
                .map(r -> calls.get(((CallIdHeader) r.getHeader(CallIdHeader.NAME)).getCallId()))
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    // ---- SipListener ----

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        requestsReceived.add(request);
        try {
            if (Request.ACK.equals(request.getMethod())) {
                return;
            }
            ServerTransaction transaction = event.getServerTransaction() != null ? event.getServerTransaction()
                    : provider.getNewServerTransaction(request);
            String callId = ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
            boolean newInvite = Request.INVITE.equals(request.getMethod())
                    && ((ToHeader) request.getHeader(ToHeader.NAME)).getTag() == null;
            TestCall call = newInvite ? calls.computeIfAbsent(callId, id -> new TestCall(this, id)) : calls.get(callId);
            if (call != null) {
                call.requestReceived(request);
            }
            if (newInvite && incomingInvites != IncomingInvites.ACCEPT_BLINDLY) {
                answerInvite(transaction, request, call);
            } else if (Request.REFER.equals(request.getMethod())) {
                answerRefer(transaction, request);
            } else if (Request.CANCEL.equals(request.getMethod()) && ringingInvites.containsKey(callId)) {
                transaction.sendResponse(messages.createResponse(Response.OK, request));
                ServerTransaction invite = ringingInvites.remove(callId);
                invite.sendResponse(messages.createResponse(Response.REQUEST_TERMINATED, invite.getRequest()));
            } else {
                transaction.sendResponse(messages.createResponse(Response.OK, request));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void answerInvite(ServerTransaction transaction, Request invite, TestCall call) throws Exception {
        if (incomingInvites == IncomingInvites.BUSY) {
            transaction.sendResponse(withToTag(messages.createResponse(Response.BUSY_HERE, invite)));
            return;
        }
        transaction.sendResponse(withToTag(messages.createResponse(Response.RINGING, invite)));
        if (incomingInvites == IncomingInvites.RING_FOREVER) {
            ringingInvites.put(call.callId(), transaction);
            return;
        }
        Response ok = withToTag(messages.createResponse(Response.OK, invite));
        String offered = new String(invite.getRawContent(), java.nio.charset.StandardCharsets.UTF_8);
        String payloadType = offered.contains("RTP/AVP 0") ? "0" : "8";
        ok.setContent(offer(answerRtpPort, payloadType), headers.createContentTypeHeader("application", "sdp"));
        ok.addHeader(headers.createContactHeader(addresses.createAddress("<sip:staff@" + HOST + ":" + port + ">")));
        transaction.sendResponse(ok);
        call.dialog(transaction.getDialog());
    }

    private Response withToTag(Response response) throws Exception {
        ((ToHeader) response.getHeader(ToHeader.NAME)).setTag(toTag);
        return response;
    }

    private void answerRefer(ServerTransaction transaction, Request refer) throws Exception {
        transaction.sendResponse(messages.createResponse(referStatus, refer));
        String sipfrag = referSipfrag;
        if (referStatus / 100 != 2 || sipfrag == null) {
            return;
        }
        Dialog dialog = transaction.getDialog();
        Request notify = dialog.createRequest(Request.NOTIFY);
        notify.addHeader(headers.createEventHeader("refer"));
        javax.sip.header.SubscriptionStateHeader state = headers.createSubscriptionStateHeader("terminated");
        state.setReasonCode("noresource");
        notify.addHeader(state);
        notify.setContent(sipfrag + "\r\n", headers.createContentTypeHeader("message", "sipfrag"));
        dialog.sendRequest(provider.getNewClientTransaction(notify));
    }

    @Override
    public void processResponse(ResponseEvent event) {
        Response response = event.getResponse();
        String callId = ((CallIdHeader) response.getHeader(CallIdHeader.NAME)).getCallId();
        TestCall call = calls.get(callId);
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (call != null) {
            call.responseReceived(response);
        }
        try {
            if ((response.getStatusCode() == 401 || response.getStatusCode() == 407) && authentication != null
                    && Request.REGISTER.equals(cseq.getMethod()) && call != null && !call.authenticated) {
                call.authenticated = true;
                authentication.handleChallenge(response, event.getClientTransaction(), provider, 5).sendRequest();
            } else if (response.getStatusCode() / 100 == 2 && Request.INVITE.equals(cseq.getMethod())) {
                Dialog dialog = event.getDialog();
                dialog.sendAck(dialog.createAck(cseq.getSeqNumber()));
                if (call != null) {
                    call.dialog(dialog);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
    }

    @Override
    public void close() {
        TestSipStacks.shutDown(stack, provider);
    }
}
