package com.voiceorder.telephony.testing;

import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.clientauthutils.DigestServerAuthenticationHelper;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
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
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A trunk registrar for tests: challenges every REGISTER without credentials and grants a short expiry to
 * exercise refreshes. By default it answers 407 with an MD5 digest checked by the RI's
 * DigestServerAuthenticationHelper; {@link #withWwwAuthenticate} makes it a 401 registrar offering one
 * algorithm (MD5 or SHA-256), checked by {@link TestDigestVerifier} — neither is our code.
 */
public final class TestRegistrar implements SipListener, AutoCloseable {

    private final SipStackImpl stack;
    private final SipProvider provider;
    private final HeaderFactory headers = new HeaderFactoryImpl();
    private final MessageFactory messages = new MessageFactoryImpl();
    private final DigestServerAuthenticationHelper digest = new DigestServerAuthenticationHelper();
    private final String password;
    private final int grantedSeconds;
    private final int port;
    private final AtomicInteger challenges = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private final List<Request> accepted = new CopyOnWriteArrayList<>();
    private final TestDigestVerifier wwwDigest;

    public TestRegistrar(String password, int grantedSeconds) throws Exception {
        this(password, grantedSeconds, null);
    }

    /** A registrar answering 401 with {@code WWW-Authenticate: Digest …, algorithm=<algorithm>, qop="auth"}. */
    public static TestRegistrar withWwwAuthenticate(String password, int grantedSeconds, String algorithm)
            throws Exception {
        return new TestRegistrar(password, grantedSeconds, new TestDigestVerifier("trunk.test", algorithm));
    }

    private TestRegistrar(String password, int grantedSeconds, TestDigestVerifier wwwDigest) throws Exception {
        this.wwwDigest = wwwDigest;
        this.password = password;
        this.grantedSeconds = grantedSeconds;
        Properties properties = new Properties();
        properties.setProperty("javax.sip.STACK_NAME", "test-registrar-" + UUID.randomUUID());
        properties.setProperty("gov.nist.javax.sip.STACK_LOGGER", "com.voiceorder.telephony.sip.JulStackLogger");
        properties.setProperty("gov.nist.javax.sip.SERVER_LOGGER", "com.voiceorder.telephony.sip.JulServerLogger");
        stack = new SipStackImpl(properties);
        ListeningPoint point = stack.createListeningPoint(TestPhone.HOST, FreePorts.udpAndTcp(), ListeningPoint.UDP);
        port = point.getPort();
        provider = stack.createSipProvider(point);
        provider.addSipListener(this);
        stack.start();
    }

    public int port() {
        return port;
    }

    public int challenges() {
        return challenges.get();
    }

    public int refusals() {
        return refusals.get();
    }

    /** REGISTERs accepted with valid credentials (with an expiry above 0). */
    public List<Request> accepted() {
        return List.copyOf(accepted);
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        try {
            ServerTransaction transaction = event.getServerTransaction() != null ? event.getServerTransaction()
                    : provider.getNewServerTransaction(request);
            if (!Request.REGISTER.equals(request.getMethod())) {
                transaction.sendResponse(messages.createResponse(Response.OK, request));
                return;
            }
            if (wwwDigest != null) {
                if (request.getHeader("Authorization") == null) {
                    Response challenge = messages.createResponse(Response.UNAUTHORIZED, request);
                    challenge.addHeader(headers.createHeader("WWW-Authenticate", wwwDigest.challenge()));
                    challenges.incrementAndGet();
                    transaction.sendResponse(challenge);
                    return;
                }
                if (!wwwDigest.verify(request, password)) {
                    refusals.incrementAndGet();
                    transaction.sendResponse(messages.createResponse(Response.FORBIDDEN, request));
                    return;
                }
            } else if (request.getHeader("Proxy-Authorization") == null) {
                // the RI's helper speaks the proxy flavour: 407 + Proxy-Authenticate
                Response challenge = messages.createResponse(Response.PROXY_AUTHENTICATION_REQUIRED, request);
                digest.generateChallenge(headers, challenge, "trunk.test");
                challenges.incrementAndGet();
                transaction.sendResponse(challenge);
                return;
            } else if (!digest.doAuthenticatePlainTextPassword(request, password)) {
                refusals.incrementAndGet();
                transaction.sendResponse(messages.createResponse(Response.FORBIDDEN, request));
                return;
            }
            Response ok = messages.createResponse(Response.OK, request);
            ContactHeader contact = (ContactHeader) request.getHeader(ContactHeader.NAME);
            int requested = request.getExpires() == null ? grantedSeconds : request.getExpires().getExpires();
            if (contact != null && requested > 0) {
                ContactHeader granted = (ContactHeader) contact.clone();
                granted.setExpires(grantedSeconds);
                ok.addHeader(granted);
                accepted.add(request);
            }
            transaction.sendResponse(ok);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void processResponse(ResponseEvent event) {
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
