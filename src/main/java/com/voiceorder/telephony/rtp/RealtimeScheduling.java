package com.voiceorder.telephony.rtp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Round-robin real-time scheduling (Linux SCHED_RR) for the media threads, as telephony servers do it
 * (Asterisk {@code -p}, FreeSWITCH {@code -rp}): a pacer lane that wakes for its next 1 ms tick runs at once
 * instead of queueing behind every busy thread of the machine. Java has no call for it, so each thread
 * asks util-linux's {@code chrt} for its own id ({@code /proc/thread-self}) when it starts. It needs root
 * or CAP_SYS_NICE; refused, the thread runs on with normal scheduling and the refusal is logged once.
 * The kernel's real-time throttling (95 % of each second by default) keeps such threads from starving
 * the rest, and these threads only do a bounded amount of work per wake-up.
 */
public final class RealtimeScheduling {

    private static final Logger LOG = Logger.getLogger(RealtimeScheduling.class.getName());
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    private final int priority;
    private final List<String> command;
    private final AtomicInteger granted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean refusalLogged = new AtomicBoolean();

    /** @param priority 1–99, or 0 for none (threads are left as they are) */
    public RealtimeScheduling(int priority) {
        this(priority, List.of("chrt", "--rr", "--pid"));
    }

    RealtimeScheduling(int priority, List<String> command) {
        if (priority < 0 || priority > 99) {
            throw new IllegalArgumentException("Real-time priority " + priority + " (0 = off, 1-99)");
        }
        this.priority = priority;
        this.command = List.copyOf(command);
    }

    /** Threads of {@code base} that ask for real-time scheduling as they start (when a priority is set). */
    public ThreadFactory threads(ThreadFactory base) {
        if (priority == 0) {
            return base;
        }
        return runnable -> base.newThread(() -> {
            raiseCurrentThread();
            runnable.run();
        });
    }

    /** Threads that got real-time scheduling so far. */
    int granted() {
        return granted.get();
    }

    /** Threads that asked and were refused (no permission, no chrt, not Linux). */
    int refused() {
        return refused.get();
    }

    boolean raiseCurrentThread() {
        String failure;
        try {
            String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
            List<String> line = new ArrayList<>(command);
            line.add(Integer.toString(priority));
            line.add(threadId);
            Process chrt = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output;
            try (var out = chrt.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!chrt.waitFor(5, TimeUnit.SECONDS)) {
                chrt.destroyForcibly();
                failure = "chrt did not finish";
            } else if (chrt.exitValue() == 0) {
                if (granted.getAndIncrement() == 0) {
                    LOG.info(() -> "RTP pacer threads run with real-time priority " + priority + " (SCHED_RR)");
                }
                return true;
            } else {
                failure = output.isEmpty() ? "chrt exited " + chrt.exitValue() : output;
            }
        } catch (IOException | UnsupportedOperationException e) {
            failure = e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        refused.incrementAndGet();
        if (refusalLogged.compareAndSet(false, true)) {
            String why = failure;
            LOG.warning(() -> "RTP pacer threads keep normal scheduling (real-time priority " + priority + " refused: "
                    + why + "). Audio pacing may slip when the cores are busy; run as root or with CAP_SYS_NICE,"
                    + " or set voiceorder.rtp.realtime-priority=0 to stop asking.");
        }
        return false;
    }
}
