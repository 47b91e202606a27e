package com.voiceorder.telephony.sip;

import gov.nist.javax.sip.DialogTimeoutEvent;
import gov.nist.javax.sip.RequestEventExt;
import gov.nist.javax.sip.SipListenerExt;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.TransactionUnavailableException;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * The stack's listener. Runs on the single JAIN-SIP thread, so it only claims the server transaction
 * (which also absorbs retransmissions) and hands the work to the SIP worker of the message's Call-ID.
 */
final class SipRequestRouter implements SipListenerExt {

    private static final Logger LOG = Logger.getLogger(SipRequestRouter.class.getName());

    private final SipProvider provider;
    private final StripedExecutor workers;
    private final InviteServer invites;
    private final GatewayRegistrar registrar;
    private final SipContext sip;
    private final Map<String, TrunkRegistration> registrations;

    SipRequestRouter(SipContext sip, StripedExecutor workers, InviteServer invites, GatewayRegistrar registrar,
                     Map<String, TrunkRegistration> registrationsByCallId) {
        this.sip = sip;
        this.provider = sip.provider;
        this.workers = workers;
        this.invites = invites;
        this.registrar = registrar;
        this.registrations = registrationsByCallId;
    }

    @Override
    public void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String method = request.getMethod();
        String callId = SipMessages.callId(request);
        if (Request.ACK.equals(method)) {
            workers.execute(callId, () -> invites.onAck(request));
            return;
        }
        ServerTransaction transaction = event.getServerTransaction();
        if (transaction == null) {
            try {
                transaction = provider.getNewServerTransaction(request);
            } catch (TransactionAlreadyExistsException e) {
                return; // retransmission: the transaction answers it
            } catch (TransactionUnavailableException | RuntimeException e) {
                LOG.log(Level.FINE, "No server transaction for " + method, e);
                return;
            }
        }
        InetSocketAddress source = source(event);
        ServerTransaction claimed = transaction;
        workers.execute(callId, () -> handle(method, claimed, request, source));
    }

    private void handle(String method, ServerTransaction transaction, Request request, InetSocketAddress source) {
        switch (method) {
            case Request.INVITE -> invites.onInvite(transaction, request, source);
            case Request.BYE -> invites.onBye(transaction, request);
            case Request.CANCEL -> invites.onCancel(transaction, request);
            case Request.REGISTER -> registrar.onRegister(transaction, request, source);
            case Request.OPTIONS -> sip.respond(transaction, request, Response.OK, null);
            case Request.NOTIFY -> invites.onNotify(transaction, request);
            default -> sip.respond(transaction, request, Response.METHOD_NOT_ALLOWED, null);
        }
    }

    private static InetSocketAddress source(RequestEvent event) {
        if (event instanceof RequestEventExt ext && ext.getRemoteIpAddress() != null) {
            try {
                return new InetSocketAddress(InetAddress.getByName(ext.getRemoteIpAddress()), ext.getRemotePort());
            } catch (UnknownHostException e) {
                LOG.log(Level.FINE, "Unparseable remote address", e);
            }
        }
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    @Override
    public void processResponse(ResponseEvent event) {
        String callId = SipMessages.callId(event.getResponse());
        TrunkRegistration registration = registrations.get(callId);
        if (registration != null) {
            workers.execute(callId, () -> registration.onResponse(event));
        } else {
            workers.execute(callId, () -> invites.onResponse(event));
        }
    }

    @Override
    public void processTimeout(TimeoutEvent event) {
        if (!event.isServerTransaction()) {
            ClientTransaction transaction = event.getClientTransaction();
            String callId = SipMessages.callId(transaction.getRequest());
            TrunkRegistration registration = registrations.get(callId);
            String method = transaction.getRequest().getMethod();
            if (registration != null && Request.REGISTER.equals(method)) {
                workers.execute(callId, registration::onTimeout);
            } else if (registration == null) {
                workers.execute(callId, () -> invites.onClientTimeout(callId, method));
            }
        }
    }

    @Override
    public void processDialogTimeout(DialogTimeoutEvent event) {
        if (event.getReason() == DialogTimeoutEvent.Reason.AckNotReceived && event.getDialog() != null) {
            String callId = event.getDialog().getCallId().getCallId();
            LOG.info(() -> "No ACK for call " + callId);
            workers.execute(callId, () -> invites.onAckTimeout(callId));
        }
    }

    @Override
    public void processIOException(IOExceptionEvent event) {
        LOG.fine(() -> "SIP I/O error towards " + event.getHost() + ":" + event.getPort() + " " + event.getTransport());
    }

    @Override
    public void processTransactionTerminated(TransactionTerminatedEvent event) {
        // nothing held per transaction
    }

    @Override
    public void processDialogTerminated(DialogTerminatedEvent event) {
        // resources are freed on BYE/CANCEL/timeouts, not here (this may come seconds later)
    }
}
