package com.voiceorder.calls.infrastructure;

import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.SipAccount;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.line.LineDirectory;
import com.voiceorder.telephony.line.LineMode;
import com.voiceorder.telephony.line.SipCredentials;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.line.SipTransport;
import com.voiceorder.telephony.line.TrunkRegistrar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The enabled phone lines as telephony serves them. SIP threads read an in-memory snapshot only;
 * {@link #reload()} rebuilds it from the database (periodically, and after a line changes) on a
 * managed thread, decrypting SIP passwords through {@link PhoneLineService#sipPassword}.
 * Twilio lines are not SIP lines and are left out.
 */
@ApplicationScoped
public class DatabaseLineDirectory implements LineDirectory {

    private static final Logger LOG = Logger.getLogger(DatabaseLineDirectory.class.getName());

    private PhoneLineService lineService;
    private volatile List<SipLine> snapshot = List.of();
    private volatile Map<Long, String> refusals = Map.of();

    @Inject
    public DatabaseLineDirectory(PhoneLineService lineService) {
        this.lineService = lineService;
    }

    protected DatabaseLineDirectory() {
    }

    @Override
    public List<SipLine> lines() {
        return snapshot;
    }

    /** Re-reads the enabled lines; true when the snapshot changed. Never call it on a SIP or RTP thread. */
    public synchronized boolean reload() {
        List<SipLine> fresh = new ArrayList<>();
        Map<Long, String> refused = new HashMap<>();
        for (PhoneLine line : lineService.enabledLines()) {
            try {
                Optional<String> password = line.getSipAccount() != null && line.getSipAccount().hasPassword()
                        ? lineService.sipPassword(line.getRestaurantId(), line.getId()) : Optional.empty();
                Optional<SipLine> sipLine = toSipLine(line, password);
                sipLine.ifPresent(fresh::add);
                if (sipLine.isEmpty() && line.getMode() == com.voiceorder.calls.domain.LineMode.REGISTER_TO_TRUNK) {
                    refused.put(line.getId(), "Not served: the trunk account has no SIP password");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Line " + line.getId() + " (" + line.getNumber() + ") left out: " + e.getMessage(), e);
                refused.put(line.getId(), "Not served: " + e.getMessage());
            }
        }
        refusals = Map.copyOf(refused);
        List<SipLine> next = List.copyOf(fresh);
        boolean changed = !next.equals(snapshot);
        snapshot = next;
        if (changed) {
            LOG.info(() -> "Serving " + next.size() + " SIP line(s)");
        }
        return changed;
    }

    /** Enabled lines the last {@link #reload()} could not serve, by line id, with the reason. */
    public Map<Long, String> refusals() {
        return refusals;
    }

    /** The line as telephony needs it; empty for lines SIP does not serve (Twilio, trunk without password). */
    static Optional<SipLine> toSipLine(PhoneLine line, Optional<String> password) {
        String id = String.valueOf(line.getId());
        PhoneNumber number = new PhoneNumber(line.getNumber());
        SipAccount account = line.getSipAccount();
        SipCredentials credentials = account == null || password.isEmpty() ? null
                : new SipCredentials(account.getUsername(),
                        account.getAuthUsername().equals(account.getUsername()) ? null : account.getAuthUsername(),
                        password.get());
        List<String> sources = line.getAllowedSources().stream().sorted().toList();
        return switch (line.getMode()) {
            case TWILIO -> Optional.empty();
            case ACCEPT_FROM_GATEWAY -> Optional.of(new SipLine(id, number, LineMode.ACCEPT_FROM_GATEWAY, credentials,
                    null, sources, line.isAcceptUnknownSources(), false, line.getMaxConcurrentCalls()));
            case REGISTER_TO_TRUNK -> {
                if (credentials == null) {
                    LOG.warning(() -> "Line " + id + " registers to a trunk but has no SIP password: not served");
                    yield Optional.empty();
                }
                TrunkRegistrar registrar = new TrunkRegistrar(account.getRegistrarHost(), account.getPort(),
                        SipTransport.valueOf(account.getTransport().name()), account.getDomain(), null);
                yield Optional.of(new SipLine(id, number, LineMode.REGISTER_TO_TRUNK, credentials, registrar, sources,
                        line.isAcceptUnknownSources(), false, line.getMaxConcurrentCalls()));
            }
        };
    }
}
