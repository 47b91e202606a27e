package com.voiceorder.telephony.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RealtimeSchedulingTest {

    private static final int SCHED_RR = 2;

    @Test
    void a_thread_started_through_it_runs_round_robin_at_the_priority_asked() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        assumeTrue(isRoot(), "needs root or CAP_SYS_NICE (CI runs as root)");
        RealtimeScheduling scheduling = new RealtimeScheduling(7);

        long[] policyAndPriority = runAndRead(scheduling.threads(Thread::new));

        assertThat(policyAndPriority).containsExactly(SCHED_RR, 7);
        assertThat(scheduling.granted()).isEqualTo(1);
        assertThat(scheduling.refused()).isZero();
    }

    @Test
    void a_refused_request_leaves_the_thread_running_with_normal_scheduling() throws Exception {
        assumeTrue(Files.isSymbolicLink(Path.of("/proc/thread-self")), "Linux only");
        RealtimeScheduling scheduling = new RealtimeScheduling(7, List.of("false"));

        long[] policyAndPriority = runAndRead(scheduling.threads(Thread::new));

        assertThat(policyAndPriority).containsExactly(0, 0); // SCHED_OTHER: the work ran all the same
        assertThat(scheduling.refused()).isEqualTo(1);
        assertThat(scheduling.granted()).isZero();
    }

    @Test
    void priority_zero_asks_for_nothing_and_out_of_range_priorities_are_refused() {
        ThreadFactory base = Thread::new;
        assertThat(new RealtimeScheduling(0).threads(base)).isSameAs(base);
        assertThatThrownBy(() -> new RealtimeScheduling(100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RealtimeScheduling(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Runs a thread of {@code threads} that reads its own scheduling policy and real-time priority. */
    private static long[] runAndRead(ThreadFactory threads) throws Exception {
        CompletableFuture<long[]> read = new CompletableFuture<>();
        Thread thread = threads.newThread(() -> {
            try {
                read.complete(ownPolicyAndPriority());
            } catch (IOException | RuntimeException e) {
                read.completeExceptionally(e);
            }
        });
        thread.start();
        long[] result = read.get(10, TimeUnit.SECONDS);
        thread.join(10_000);
        return result;
    }

    /** Fields 41 (policy) and 40 (rt_priority) of /proc/thread-self/stat, counted after the command name. */
    private static long[] ownPolicyAndPriority() throws IOException {
        String stat = Files.readString(Path.of("/proc/thread-self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state)
        return new long[] {Long.parseLong(fields[41 - 3]), Long.parseLong(fields[40 - 3])};
    }

    private static boolean isRoot() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .anyMatch(line -> line.matches("Uid:\\s+\\d+\\s+0\\s.*"));
    }
}
