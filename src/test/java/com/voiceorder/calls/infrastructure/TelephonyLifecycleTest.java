package com.voiceorder.calls.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.application.PhoneLineService;
import com.voiceorder.calls.domain.PhoneLine;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SIP port already in use, or SIP turned off, never stops the application: the status (which the
 * {@code telephony} readiness check reports, DOWN only when FAILED) says what happened.
 */
class TelephonyLifecycleTest {

    @TempDir
    Path dataDir;

    private DatagramSocket occupied;
    private TelephonyLifecycle telephony;

    @BeforeEach
    void occupyAPort() throws SocketException {
        occupied = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        telephony = new TelephonyLifecycle();
        telephony.enabled = true;
        telephony.bindAddress = "127.0.0.1";
        telephony.sipPort = occupied.getLocalPort();
        telephony.publicAddress = Optional.empty();
        telephony.rtpPortMin = 40000;
        telephony.rtpPortMax = 40099;
        telephony.voicemailMaxSeconds = 120;
        telephony.dataDir = dataDir.toString();
        telephony.clock = Clock.systemUTC();
        telephony.directory = new DatabaseLineDirectory(new NoLines());
        telephony.threadFactory = new PlainThreads();
    }

    @AfterEach
    void release() {
        telephony.stop();
        occupied.close();
    }

    @Test
    void a_sip_port_in_use_is_reported_down_with_the_reason_instead_of_failing_the_start() {
        telephony.start();

        TelephonyStatus status = telephony.status();
        assertThat(status.state()).isEqualTo(TelephonyStatus.State.FAILED);
        assertThat(status.port()).isEqualTo(occupied.getLocalPort());
        assertThat(status.error()).isNotBlank();
        assertThat(telephony.lineStatuses()).isEmpty();
    }

    @Test
    void sip_turned_off_is_healthy_and_binds_nothing() {
        telephony.enabled = false;

        telephony.start();

        assertThat(telephony.status().state()).isEqualTo(TelephonyStatus.State.DISABLED);
        assertThat(telephony.status().error()).isNull();
    }

    private static final class NoLines extends PhoneLineService {
        @Override
        public List<PhoneLine> enabledLines() {
            return List.of();
        }
    }

    private static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        }
    }
}
