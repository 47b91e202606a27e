package com.voiceorder.calls.application;

import com.voiceorder.telephony.line.LineStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Writes telephony's view of each line back to {@code PhoneLine.lastError}, so a registration refused at 3 am
 * or a line that could not be served is still visible after a restart. Runs on a managed thread (the line
 * refresh), never on SIP threads.
 */
@ApplicationScoped
public class LineErrorRecorder {

    private static final Logger LOG = Logger.getLogger(LineErrorRecorder.class.getName());

    private PhoneLineService lines;
    private Clock clock;
    /** What the last successful write stored, so an unchanged picture costs no database work. */
    private List<LineProblem> lastWritten = List.of();

    @Inject
    public LineErrorRecorder(PhoneLineService lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    protected LineErrorRecorder() {
    }

    /**
     * @param served  the live status of every line telephony serves (its error, or none)
     * @param refused lines telephony could not serve, by line id, with the reason
     */
    public synchronized void record(List<LineStatus> served, Map<Long, String> refused) {
        List<LineProblem> problems = new ArrayList<>();
        for (LineStatus status : served) {
            try {
                problems.add(new LineProblem(Long.valueOf(status.lineId()), status.lastError()));
            } catch (NumberFormatException e) {
                LOG.fine(() -> "Line " + status.lineId() + " is not a stored line");
            }
        }
        refused.forEach((lineId, reason) -> problems.add(new LineProblem(lineId, reason)));
        problems.sort(java.util.Comparator.comparing(LineProblem::lineId));
        if (problems.equals(lastWritten)) {
            return;
        }
        int written = lines.recordLineErrors(problems, clock.instant());
        lastWritten = List.copyOf(problems);
        if (written > 0) {
            LOG.fine(() -> written + " line error(s) stored");
        }
    }
}
