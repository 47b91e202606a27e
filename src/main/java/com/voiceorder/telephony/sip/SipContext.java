package com.voiceorder.telephony.sip;

import com.voiceorder.telephony.TelephonyConfig;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.InvalidArgumentException;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipProvider;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** What the SIP components share: provider, factories, executors and address advertising rules. */
final class SipContext {

    static final String ALLOWED_METHODS = "INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER, NOTIFY";
    static final String USER_AGENT = "VoiceOrder";
    private static final Logger LOG = Logger.getLogger(SipContext.class.getName());

    final TelephonyConfig config;
    final SipProvider provider;
    final HeaderFactory headers;
    final MessageFactory messages;
    final AddressFactory addresses;
    final ScheduledExecutorService scheduler;
    final Executor callbacks;
    final int sipPort;
    private final InetAddress bindAddress;

    SipContext(TelephonyConfig config, SipProvider provider, HeaderFactory headers, MessageFactory messages,
               AddressFactory addresses, ScheduledExecutorService scheduler, Executor callbacks, int sipPort)
            throws UnknownHostException {
        this.config = config;
        this.provider = provider;
        this.headers = headers;
        this.messages = messages;
        this.addresses = addresses;
        this.scheduler = scheduler;
        this.callbacks = callbacks;
        this.sipPort = sipPort;
        this.bindAddress = InetAddress.getByName(config.bindAddress());
    }

    /**
     * The host we put in Contact and SDP for a peer: the configured public address, else the bind
     * address, else (bound to all) the local address the OS routes toward that peer.
     */
    String advertisedHost(InetAddress peer) {
        if (config.publicAddress() != null) {
            return config.publicAddress();
        }
        if (!bindAddress.isAnyLocalAddress()) {
            return bindAddress.getHostAddress();
        }
        return localAddressToward(peer);
    }

    static String localAddressToward(InetAddress peer) {
        try (DatagramSocket probe = new DatagramSocket()) {
            probe.connect(new InetSocketAddress(peer, 9)); // no packet is sent
            InetAddress local = probe.getLocalAddress();
            if (local != null && !local.isAnyLocalAddress()) {
                return local.getHostAddress();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "No route toward " + peer, e);
        }
        try {
            return InetAddress.getLocalHost().getHostAddress();
        } catch (UnknownHostException e) {
            return "127.0.0.1";
        }
    }

    /** A response with our To tag (when given), Allow and User-Agent-like Server header. */
    Response response(int status, Request request, String toTag) throws ParseException {
        Response response = messages.createResponse(status, request);
        if (toTag != null) {
            ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
            if (to.getTag() == null) {
                to.setTag(toTag);
            }
        }
        response.addHeader(headers.createServerHeader(List.of(USER_AGENT)));
        return response;
    }

    /** Sends a response; failures are logged (the peer retransmits or gives up). */
    boolean send(ServerTransaction transaction, Response response) {
        try {
            transaction.sendResponse(response);
            return true;
        } catch (SipException | InvalidArgumentException | RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "Could not send " + response.getStatusCode());
            return false;
        }
    }

    /** Sends a simple final response; Retry-After / Allow when relevant. */
    void respond(ServerTransaction transaction, Request request, int status, String toTag) {
        try {
            Response response = response(status, request, toTag);
            if (status == Response.METHOD_NOT_ALLOWED || status == Response.OK
                    && Request.OPTIONS.equals(request.getMethod())) {
                addAllow(response);
            }
            send(transaction, response);
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "Could not build a " + status + " response", e);
        }
    }

    /** One Allow header per method (the RI refuses a comma list in createHeader). */
    void addAllow(javax.sip.message.Message message) throws ParseException {
        for (String method : ALLOWED_METHODS.split(", ")) {
            message.addHeader(headers.createAllowHeader(method));
        }
    }

    ContactHeader contact(String user, InetAddress peer, String transport) throws ParseException {
        SipURI uri = addresses.createSipURI(user, advertisedHost(peer));
        uri.setPort(sipPort);
        if (!"udp".equalsIgnoreCase(transport)) {
            uri.setTransportParam(transport.toLowerCase(java.util.Locale.ROOT));
        }
        Address address = addresses.createAddress(uri);
        return headers.createContactHeader(address);
    }
}
