package com.voiceorder.calls.application;

import com.voiceorder.calls.domain.AssistantSettings;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.calls.domain.PhoneLineRepository;
import com.voiceorder.calls.domain.SipAccount;
import com.voiceorder.shared.crypto.SecretCipher;
import com.voiceorder.shared.domain.DomainException;
import com.voiceorder.shared.domain.Guard;
import com.voiceorder.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The restaurant's phone lines; SIP passwords are encrypted with the {@link SecretCipher} before storage. */
@ApplicationScoped
@Transactional
public class PhoneLineService {

    private PhoneLineRepository lines;
    private SecretCipher cipher;
    private Event<PhoneLinesChanged> changes;

    /** {@code changes} reaches telephony after commit, so a new or edited line is served at once. */
    @Inject
    public PhoneLineService(PhoneLineRepository lines, SecretCipher cipher, Event<PhoneLinesChanged> changes) {
        this.lines = lines;
        this.cipher = cipher;
        this.changes = changes;
    }

    /** Outside the container (tests): no change events. */
    public PhoneLineService(PhoneLineRepository lines, SecretCipher cipher) {
        this(lines, cipher, null);
    }

    protected PhoneLineService() {
    }

    public List<PhoneLine> list(Long restaurantId) {
        List<PhoneLine> found = lines.findByRestaurant(restaurantId);
        found.forEach(PhoneLine::getAllowedSources);
        return found;
    }

    public PhoneLine get(Long restaurantId, Long lineId) {
        PhoneLine line = lines.find(restaurantId, lineId).orElseThrow(() -> new NotFoundException("Line", lineId));
        line.getAllowedSources();
        return line;
    }

    public PhoneLine create(Long restaurantId, PhoneLineCommand command) {
        String number = requireNumber(command);
        requireUnusedNumber(number, null);
        PhoneLine line = new PhoneLine(restaurantId, number, command.displayName(), command.mode());
        line.useSipAccount(sipAccount(command.sip(), null));
        line.switchTo(command.mode());
        apply(line, command);
        PhoneLine saved = lines.save(line);
        announce(restaurantId, saved.getId());
        return saved;
    }

    public PhoneLine update(Long restaurantId, Long lineId, PhoneLineCommand command) {
        PhoneLine line = get(restaurantId, lineId);
        String number = requireNumber(command);
        if (!number.equals(line.getNumber())) {
            throw new DomainException("number", "a line's number cannot change: create another line");
        }
        line.rename(command.displayName());
        SipAccount current = line.getSipAccount();
        SipAccount next = sipAccount(command.sip(), current == null ? null : current.getEncryptedPassword());
        if (next != null) {
            line.useSipAccount(next);
            line.switchTo(command.mode());
        } else {
            line.switchTo(command.mode());
            line.useSipAccount(null);
        }
        apply(line, command);
        announce(restaurantId, lineId);
        return line;
    }

    /** Switches a line on or off (telephony picks the change up after commit); the rest of the line is kept. */
    public PhoneLine setEnabled(Long restaurantId, Long lineId, boolean enabled) {
        PhoneLine line = get(restaurantId, lineId);
        if (enabled) {
            line.enable();
        } else {
            line.disable();
        }
        announce(restaurantId, lineId);
        return line;
    }

    /** Deletes a line no call was logged on; a line with a call history is disabled instead. */
    public void delete(Long restaurantId, Long lineId) {
        PhoneLine line = get(restaurantId, lineId);
        if (lines.hasCalls(lineId)) {
            throw new DomainException("line", "calls were logged on this line: disable it instead");
        }
        lines.delete(line);
        announce(restaurantId, lineId);
    }

    /** The clear SIP password of a line, for registering to its trunk; empty when it has none. */
    public Optional<String> sipPassword(Long restaurantId, Long lineId) {
        SipAccount account = get(restaurantId, lineId).getSipAccount();
        return account == null || !account.hasPassword()
                ? Optional.empty() : Optional.of(cipher.decrypt(account.getEncryptedPassword()));
    }

    /** The line with that E.164 number, whatever the restaurant (routing incoming calls). */
    public Optional<PhoneLine> findByNumber(String e164) {
        Optional<PhoneLine> line = lines.findByNumber(e164);
        line.ifPresent(PhoneLine::getAllowedSources);
        return line;
    }

    /** Every line of every restaurant (for administrators). */
    public List<PhoneLine> allLines() {
        List<PhoneLine> found = lines.findAll();
        found.forEach(PhoneLine::getAllowedSources);
        return found;
    }

    /**
     * Stores what telephony last saw go wrong on each line (a registration refused, a configuration it could
     * not serve), or clears it when the line works again. Writes only lines whose error changed; lines
     * deleted meanwhile are skipped. Does not announce a line change: the definition is untouched.
     *
     * @return how many lines were written
     */
    public int recordLineErrors(List<LineProblem> problems, java.time.Instant at) {
        int written = 0;
        for (LineProblem problem : problems) {
            String error = Guard.truncated(problem.error(), PhoneLine.MAX_ERROR_LENGTH);
            Optional<PhoneLine> found = lines.findById(problem.lineId());
            if (found.isEmpty() || Objects.equals(error, found.get().getLastError())) {
                continue;
            }
            if (lines.storeError(problem.lineId(), error, error == null ? null : at)) {
                written++;
            }
        }
        return written;
    }

    /** Every enabled line (SIP registrations at start-up). */
    public List<PhoneLine> enabledLines() {
        List<PhoneLine> found = lines.findEnabled();
        found.forEach(PhoneLine::getAllowedSources);
        return found;
    }

    private void announce(Long restaurantId, Long lineId) {
        if (changes != null) {
            changes.fire(new PhoneLinesChanged(restaurantId, lineId));
        }
    }

    private void apply(PhoneLine line, PhoneLineCommand command) {
        line.allowSources(command.allowedSources(), command.acceptUnknownSources());
        line.limitConcurrentCalls(command.maxConcurrentCalls() == null
                ? PhoneLine.DEFAULT_MAX_CONCURRENT_CALLS : command.maxConcurrentCalls());
        line.transferStaffTo(command.staffTransferNumber() == null ? null : command.staffTransferNumber().e164());
        line.configureAssistant(command.assistant() == null ? AssistantSettings.defaults() : command.assistant());
        if (command.enabled()) {
            line.enable();
        } else {
            line.disable();
        }
    }

    private SipAccount sipAccount(PhoneLineCommand.Sip sip, String storedEncryptedPassword) {
        if (sip == null) {
            return null;
        }
        String encrypted;
        if (sip.password() == null) {
            encrypted = storedEncryptedPassword;
        } else if (sip.password().isBlank()) {
            encrypted = null;
        } else {
            encrypted = cipher.encrypt(sip.password());
        }
        return new SipAccount(sip.registrarHost(), sip.port(), sip.transport(), sip.username(), sip.authUsername(),
                sip.domain(), encrypted);
    }

    private static String requireNumber(PhoneLineCommand command) {
        if (command == null || command.number() == null) {
            throw new DomainException("number", "number is required");
        }
        return command.number().e164();
    }

    private void requireUnusedNumber(String number, Long exceptLineId) {
        lines.findByNumber(number)
                .filter(existing -> !existing.getId().equals(exceptLineId))
                .ifPresent(existing -> {
                    throw new DomainException("number", "the number " + number + " is already used by a line");
                });
    }
}
