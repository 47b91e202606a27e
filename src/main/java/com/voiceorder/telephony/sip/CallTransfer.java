package com.voiceorder.telephony.sip;

import com.voiceorder.telephony.call.TransferOutcome;
import com.voiceorder.telephony.line.LineMode;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.line.TrunkRegistrar;
import com.voiceorder.telephony.media.G711;
import com.voiceorder.telephony.rtp.PacedStream;
import com.voiceorder.telephony.rtp.RtpPortPool;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.text.ParseException;
import java.time.Duration;
import java.util.ListIterator;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.Dialog;
import javax.sip.address.Address;
import javax.sip.address.SipURI;
import javax.sip.header.AllowHeader;
import javax.sip.message.Request;

/**
 * Hands one answered call to the staff number: by REFER when the caller's side advertised it (the peer
 * then calls the staff), else — or when the REFER is refused — by our own call to the staff bridged
 * with the caller ({@link StaffLeg}). Where the staff is reached follows the line: a trunk line through
 * its registrar (with the line's credentials), a gateway line through the gateway's registered address,
 * else the address its INVITE came from.
 */
final class CallTransfer {

    private static final Logger LOG = Logger.getLogger(CallTransfer.class.getName());

    private record ReferParties(Address referTo, Address referredBy) {
    }

    private final SipContext sip;
    private final InviteServer server;
    private final GatewayRegistrar gateways;
    private final RtpPortPool portPool;
    private final SipCall call;
    private final SipLine line;
    private final Request invite;
    private final Dialog dialog;
    private final InetSocketAddress signallingSource;
    private final String target;
    private volatile ReferTransfer refer;
    private volatile StaffLeg staffLeg;

    CallTransfer(SipContext sip, InviteServer server, GatewayRegistrar gateways, RtpPortPool portPool, SipCall call,
                 SipLine line, Request invite, Dialog dialog, InetSocketAddress signallingSource, String targetE164) {
        this.sip = sip;
        this.server = server;
        this.gateways = gateways;
        this.portPool = portPool;
        this.call = call;
        this.line = line;
        this.invite = invite;
        this.dialog = dialog;
        this.signallingSource = signallingSource;
        this.target = targetE164;
    }

    /** Whether the caller's INVITE listed REFER in Allow (RFC 3261 §20.5). */
    static boolean peerAcceptsRefer(Request invite) {
        ListIterator<?> allows = invite.getHeaders(AllowHeader.NAME);
        while (allows.hasNext()) {
            if (((AllowHeader) allows.next()).getMethod().trim().equalsIgnoreCase(Request.REFER)) {
                return true;
            }
        }
        return false;
    }

    CompletableFuture<TransferOutcome> start(G711 codec, PacedStream towardCaller, Duration noAnswer) {
        if (!peerAcceptsRefer(invite) || dialog == null) {
            return bridge(codec, towardCaller, noAnswer);
        }
        Optional<ReferParties> parties = referParties();
        if (parties.isEmpty()) {
            return bridge(codec, towardCaller, noAnswer);
        }
        refer = new ReferTransfer(sip, dialog, call.callId());
        return refer.refer(parties.get().referTo(), parties.get().referredBy(), noAnswer).thenCompose(result -> {
            if (result == ReferTransfer.Result.REFUSED) {
                LOG.info(() -> "Call " + call.callId() + ": REFER refused, bridging the staff ourselves");
                return bridge(codec, towardCaller, noAnswer);
            }
            return CompletableFuture.completedFuture(ReferTransfer.outcome(result));
        });
    }

    private CompletableFuture<TransferOutcome> bridge(G711 codec, PacedStream towardCaller, Duration noAnswer) {
        Optional<StaffLeg.Route> route = staffRoute();
        Optional<RtpPortPool.RtpPorts> ports = route.isEmpty() ? Optional.empty() : portPool.allocate();
        if (ports.isEmpty()) {
            return CompletableFuture.completedFuture(TransferOutcome.FAILED);
        }
        StaffLeg leg = new StaffLeg(sip, server, route.get(), ports.get(), codec, towardCaller,
                line.latchRtpFromAnyAddress(), call::staffHungUp);
        staffLeg = leg;
        return leg.call(noAnswer);
    }

    ReferTransfer refer() {
        return refer;
    }

    /** The bridged staff leg, once one was started. */
    StaffLeg staffLeg() {
        return staffLeg;
    }

    /** The caller's call ends: the staff leg (ringing or bridged) ends with it. */
    void callEnded() {
        StaffLeg leg = staffLeg;
        if (leg != null) {
            leg.hangUp();
        }
    }

    /** Refer-To and Referred-By; empty when the staff's host is unknown. */
    private Optional<ReferParties> referParties() {
        try {
            Optional<String> host = staffHost();
            if (host.isEmpty()) {
                return Optional.empty();
            }
            Address referTo = sip.addresses.createAddress("sip:" + target + "@" + host.get());
            Address referredBy = sip.addresses.createAddress(sip.addresses.createSipURI(line.number().e164(),
                    sip.advertisedHost(signallingSource.getAddress()) + ":" + sip.sipPort));
            return Optional.of(new ReferParties(referTo, referredBy));
        } catch (ParseException e) {
            LOG.log(Level.WARNING, "Could not build the Refer-To of call " + call.callId(), e);
            return Optional.empty();
        }
    }

    /** The host (and port) the staff number is reached at, in SIP URI form. */
    private Optional<String> staffHost() {
        if (line.mode() == LineMode.REGISTER_TO_TRUNK) {
            return Optional.of(line.registrar().domain());
        }
        return gatewayAddress().map(address -> hostPort(address.getAddress(), address.getPort()));
    }

    private Optional<InetSocketAddress> gatewayAddress() {
        return gateways.binding(line.id()).map(GatewayRegistrar.Binding::source)
                .or(() -> Optional.ofNullable(signallingSource));
    }

    private Optional<StaffLeg.Route> staffRoute() {
        try {
            if (line.mode() == LineMode.REGISTER_TO_TRUNK) {
                TrunkRegistrar registrar = line.registrar();
                SipURI uri = sip.addresses.createSipURI(target, registrar.host());
                uri.setPort(registrar.port());
                String transport = registrar.transport().token();
                if (!"udp".equals(transport)) {
                    uri.setTransportParam(transport);
                }
                Address from = sip.addresses.createAddress(
                        sip.addresses.createSipURI(line.credentials().username(), registrar.domain()));
                return Optional.of(new StaffLeg.Route(uri, InetAddress.getByName(registrar.host()), transport, from,
                        line.credentials()));
            }
            Optional<InetSocketAddress> gateway = gatewayAddress();
            if (gateway.isEmpty()) {
                return Optional.empty();
            }
            SipURI uri = sip.addresses.createSipURI(target, hostPort(gateway.get().getAddress(), -1));
            uri.setPort(gateway.get().getPort());
            Address from = sip.addresses.createAddress(sip.addresses.createSipURI(line.number().e164(),
                    sip.advertisedHost(gateway.get().getAddress())));
            return Optional.of(new StaffLeg.Route(uri, gateway.get().getAddress(), "udp", from, null));
        } catch (ParseException | UnknownHostException e) {
            LOG.log(Level.WARNING, "No route to the staff number for call " + call.callId(), e);
            return Optional.empty();
        }
    }

    private static String hostPort(InetAddress address, int port) {
        String host = address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return port > 0 ? host + ":" + port : host;
    }

    @Override
    public String toString() {
        return "CallTransfer[" + call.callId() + ", " + (refer != null ? "REFER" : "bridge") + "]";
    }
}
