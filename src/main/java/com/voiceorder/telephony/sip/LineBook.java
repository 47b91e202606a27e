package com.voiceorder.telephony.sip;

import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.line.AddressRange;
import com.voiceorder.telephony.line.LineDirectory;
import com.voiceorder.telephony.line.LineMode;
import com.voiceorder.telephony.line.LineStatus;
import com.voiceorder.telephony.line.SipLine;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The lines as last read from the {@link LineDirectory} (lookups stay in memory), with what each line
 * accepts INVITEs from and its live status.
 */
final class LineBook {

    private static final Logger LOG = Logger.getLogger(LineBook.class.getName());

    /** A line with its parsed source rules. */
    record Entry(SipLine line, List<AddressRange> allowedRanges, Set<InetAddress> registrarAddresses) {
    }

    /** What {@link #refresh()} changed. */
    record Changes(List<SipLine> added, List<SipLine> removed) {
    }

    private final LineDirectory directory;
    private final Clock clock;
    private final String defaultRegion;
    private final ConcurrentHashMap<String, LineState> states = new ConcurrentHashMap<>();
    private volatile Map<String, Entry> byId = Map.of();

    LineBook(LineDirectory directory, Clock clock, String defaultRegion) {
        this.directory = directory;
        this.clock = clock;
        this.defaultRegion = defaultRegion;
    }

    /** Re-reads the directory; lines whose definition changed count as removed and added. */
    synchronized Changes refresh() {
        Map<String, Entry> previous = byId;
        Map<String, Entry> next = new HashMap<>();
        List<SipLine> added = new ArrayList<>();
        for (SipLine line : directory.lines()) {
            Entry old = previous.get(line.id());
            next.put(line.id(), old != null && old.line().equals(line) ? old : entry(line));
            if (old == null || !old.line().equals(line)) {
                added.add(line);
            }
            state(line.id());
        }
        List<SipLine> removed = new ArrayList<>();
        for (Entry old : previous.values()) {
            Entry now = next.get(old.line().id());
            if (now == null || !now.line().equals(old.line())) {
                removed.add(old.line());
            }
        }
        byId = Map.copyOf(next);
        states.keySet().removeIf(id -> !next.containsKey(id) && states.get(id).callsInProgress() == 0);
        return new Changes(added, removed);
    }

    private Entry entry(SipLine line) {
        List<AddressRange> ranges = line.allowedSources().stream().map(AddressRange::parse).toList();
        Set<InetAddress> registrar = new HashSet<>();
        if (line.mode() == LineMode.REGISTER_TO_TRUNK) {
            try {
                registrar.addAll(List.of(InetAddress.getAllByName(line.registrar().host())));
            } catch (UnknownHostException e) {
                LOG.log(Level.WARNING, "Line {0}: registrar host {1} does not resolve",
                        new Object[] {line.id(), line.registrar().host()});
            }
        }
        return new Entry(line, ranges, Set.copyOf(registrar));
    }

    Optional<Entry> byId(String lineId) {
        return Optional.ofNullable(byId.get(lineId));
    }

    List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    /** The line a request addressed to this user part is for: by number first, then by SIP user name. */
    Optional<Entry> find(String userPart) {
        if (userPart == null || userPart.isBlank()) {
            return Optional.empty();
        }
        Optional<PhoneNumber> number = PhoneNumber.tryParse(userPart, defaultRegion);
        for (Entry entry : byId.values()) {
            if (number.isPresent() && entry.line().number().equals(number.get())) {
                return Optional.of(entry);
            }
        }
        Optional<Entry> byUser = findByUsername(userPart);
        if (byUser.isPresent()) {
            return byUser;
        }
        Optional<SipLine> fromDirectory = number.flatMap(directory::findByNumber)
                .or(() -> directory.findByUsername(userPart));
        return fromDirectory.map(line -> {
            state(line.id());
            return entry(line);
        });
    }

    Optional<Entry> findByUsername(String username) {
        for (Entry entry : byId.values()) {
            if (entry.line().credentials() != null && entry.line().credentials().username().equals(username)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    LineState state(String lineId) {
        return states.computeIfAbsent(lineId, id -> new LineState(clock.instant()));
    }

    List<LineStatus> statuses() {
        List<LineStatus> statuses = new ArrayList<>();
        for (Entry entry : byId.values()) {
            statuses.add(state(entry.line().id()).snapshot(entry.line()));
        }
        return statuses;
    }

    Optional<LineStatus> status(String lineId) {
        return byId(lineId).map(entry -> state(lineId).snapshot(entry.line()));
    }

    Clock clock() {
        return clock;
    }

    /** Mutable status of one line; thread-safe. */
    static final class LineState {
        private int callsInProgress;
        private boolean registered;
        private String lastError;
        private Instant lastChange;

        LineState(Instant created) {
            this.lastChange = created;
        }

        synchronized boolean tryStartCall(int max) {
            if (callsInProgress >= max) {
                return false;
            }
            callsInProgress++;
            return true;
        }

        synchronized void endCall() {
            callsInProgress = Math.max(0, callsInProgress - 1);
        }

        synchronized int callsInProgress() {
            return callsInProgress;
        }

        synchronized void registered(boolean nowRegistered, String error, Instant at) {
            if (registered != nowRegistered || !java.util.Objects.equals(lastError, error)) {
                lastChange = at;
            }
            registered = nowRegistered;
            lastError = error;
        }

        /** A call got through on a gateway line: whatever was wrong with it is over. */
        synchronized void callAdmitted(Instant at) {
            if (lastError != null) {
                lastError = null;
                lastChange = at;
            }
        }

        synchronized void error(String error, Instant at) {
            lastError = error;
            lastChange = at;
        }

        synchronized LineStatus snapshot(SipLine line) {
            return new LineStatus(line.id(), line.mode(), registered, callsInProgress, lastError, lastChange);
        }
    }
}
