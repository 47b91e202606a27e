package com.voiceorder.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.voiceorder.telephony.TelephonyConfig;
import com.voiceorder.telephony.line.SipCredentials;
import com.voiceorder.telephony.line.SipLine;
import com.voiceorder.telephony.line.TrunkRegistrar;
import com.voiceorder.telephony.testing.ParallelClose;
import com.voiceorder.telephony.testing.TestCall;
import com.voiceorder.telephony.testing.TestEndpoint;
import com.voiceorder.telephony.testing.TestPhone;
import com.voiceorder.telephony.testing.TestRegistrar;
import com.voiceorder.telephony.testing.TestRtpPeer;
import java.time.Duration;
import java.util.List;
import javax.sip.header.AuthorizationHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private TestEndpoint server;
    private TestRegistrar registrar;
    private TestPhone phone;
    private TestRtpPeer rtp;

    @AfterEach
    void stop() {
        ParallelClose.closeAll(rtp, phone, registrar, server);
    }

    private SipLine trunkLine(String password) {
        return SipLine.trunk("trunk-1", TestEndpoint.NUMBER, SipCredentials.of("0033491000000", password),
                new TrunkRegistrar("127.0.0.1", registrar.port(), com.voiceorder.telephony.line.SipTransport.UDP, null,
                        Duration.ofSeconds(600)), List.of(), 2);
    }

    @Test
    void a_trunk_line_registers_with_md5_digest_and_refreshes_before_expiry() throws Exception {
        registrar = new TestRegistrar("s3cret", 2);
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of());
        server.setLines(List.of(trunkLine("s3cret")));

        await().atMost(Duration.ofSeconds(5)).until(() -> registrar.accepted().size() >= 1);
        // the registrar records the REGISTER before its 200 OK reaches us
        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint().lineStatus("trunk-1")
                .map(status -> status.registered()).orElse(false));
        assertThat(server.endpoint().lineStatus("trunk-1")).hasValueSatisfying(status -> {
            assertThat(status.registered()).isTrue();
            assertThat(status.lastError()).isNull();
        });
        AuthorizationHeader authorization = (AuthorizationHeader) registrar.accepted().get(0)
                .getHeader("Proxy-Authorization");
        assertThat(authorization.getAlgorithm()).isEqualTo("MD5");
        await().atMost(Duration.ofSeconds(5)).until(() -> registrar.accepted().size() >= 2);
        assertThat(registrar.refusals()).isZero();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"MD5", "SHA-256"})
    void a_trunk_line_answers_a_401_challenge_with_the_algorithm_the_registrar_offers(String algorithm)
            throws Exception {
        registrar = TestRegistrar.withWwwAuthenticate("s3cret", 600, algorithm);
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of());
        server.setLines(List.of(trunkLine("s3cret")));

        await().atMost(Duration.ofSeconds(5)).until(() -> registrar.accepted().size() >= 1);
        AuthorizationHeader authorization = (AuthorizationHeader) registrar.accepted().get(0).getHeader("Authorization");
        assertThat(authorization.getAlgorithm()).isEqualTo(algorithm);
        assertThat(authorization.getUsername()).isEqualTo("0033491000000");
        assertThat(registrar.challenges()).isEqualTo(1);
        assertThat(registrar.refusals()).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint().lineStatus("trunk-1")
                .map(status -> status.registered()).orElse(false));
        assertThat(server.endpoint().lineStatus("trunk-1").orElseThrow().lastError()).isNull();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"MD5", "SHA-256"})
    void a_wrong_password_against_a_401_registrar_is_refused_and_reported(String algorithm) throws Exception {
        registrar = TestRegistrar.withWwwAuthenticate("s3cret", 600, algorithm);
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of());
        server.setLines(List.of(trunkLine("not-the-password")));

        await().atMost(Duration.ofSeconds(5)).until(() -> registrar.refusals() >= 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint().lineStatus("trunk-1")
                .map(status -> status.lastError() != null).orElse(false));
        assertThat(registrar.accepted()).isEmpty();
        assertThat(server.endpoint().lineStatus("trunk-1").orElseThrow().registered()).isFalse();
        assertThat(server.endpoint().lineStatus("trunk-1").orElseThrow().lastError()).contains("403");
    }

    @Test
    void a_wrong_trunk_password_is_reported_in_the_line_status() throws Exception {
        registrar = new TestRegistrar("s3cret", 60);
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of());
        server.setLines(List.of(trunkLine("wrong")));
        await().atMost(Duration.ofSeconds(5)).until(() -> server.endpoint().lineStatus("trunk-1")
                .map(status -> status.lastError() != null).orElse(false));
        assertThat(server.endpoint().lineStatus("trunk-1").orElseThrow().registered()).isFalse();
        assertThat(server.endpoint().lineStatus("trunk-1").orElseThrow().lastError()).contains("403");
    }

    @Test
    void an_invite_for_the_trunk_account_reaches_its_line() throws Exception {
        registrar = new TestRegistrar("s3cret", 600);
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of());
        server.setLines(List.of(trunkLine("s3cret")));
        await().atMost(Duration.ofSeconds(5)).until(() -> registrar.accepted().size() >= 1);
        phone = TestPhone.start();
        rtp = new TestRtpPeer();
        TestCall call = phone.invite(server.uri("0033491000000"), "0612345678", TestPhone.offer(rtp.port(), "8"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.hasFinal(200));
        assertThat(server.offered()).singleElement().satisfies(offered -> assertThat(offered.lineId()).isEqualTo("trunk-1"));
    }

    @Test
    void a_gateway_registers_with_its_password_and_a_wrong_one_is_refused() throws Exception {
        SipLine gateway = SipLine.gateway("gw-1", TestEndpoint.NUMBER, SipCredentials.of("ht841-port1", "fxo-pass"),
                List.of(), 2);
        server = new TestEndpoint(TelephonyConfig.Limits.defaults(), List.of(gateway));
        phone = TestPhone.start();

        TestCall wrong = phone.register(server.uri("ht841-port1").replace("ht841-port1@", ""), "ht841-port1", "nope", 120);
        await().atMost(Duration.ofSeconds(5)).until(() -> wrong.statuses().contains(403));
        assertThat(server.endpoint().lineStatus("gw-1").orElseThrow().registered()).isFalse();

        TestCall good = phone.register(server.uri("ht841-port1").replace("ht841-port1@", ""), "ht841-port1", "fxo-pass", 120);
        await().atMost(Duration.ofSeconds(5)).until(() -> good.statuses().contains(200));
        assertThat(good.statuses()).startsWith(401);
        assertThat(server.endpoint().lineStatus("gw-1").orElseThrow().registered()).isTrue();

        // the registered gateway's address is now an accepted INVITE source for the line
        rtp = new TestRtpPeer();
        TestCall call = phone.invite(server.uri("+33491000000"), "0612345678", TestPhone.offer(rtp.port(), "8"));
        await().atMost(Duration.ofSeconds(5)).until(() -> call.hasFinal(200));
    }
}
