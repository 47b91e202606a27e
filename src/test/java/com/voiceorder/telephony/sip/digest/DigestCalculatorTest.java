package com.voiceorder.telephony.sip.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DigestCalculatorTest {

    @Test
    void md5_with_qop_auth_matches_the_rfc_2617_example() {
        String response = DigestCalculator.response(DigestAlgorithm.MD5, "Mufasa", "testrealm@host.com",
                "Circle Of Life", "GET", "/dir/index.html", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "0a4f113b",
                "00000001", "auth", null);
        assertThat(response).isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void md5_and_sha_256_match_the_rfc_7616_examples() {
        String nonce = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
        String cnonce = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";
        assertThat(DigestCalculator.response(DigestAlgorithm.MD5, "Mufasa", "http-auth@example.org", "Circle of Life",
                "GET", "/dir/index.html", nonce, cnonce, "00000001", "auth", null))
                .isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
        assertThat(DigestCalculator.response(DigestAlgorithm.SHA_256, "Mufasa", "http-auth@example.org",
                "Circle of Life", "GET", "/dir/index.html", nonce, cnonce, "00000001", "auth", null))
                .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    }

    @Test
    void algorithm_tokens_are_parsed_and_absent_means_md5() {
        assertThat(DigestAlgorithm.ofToken(null)).contains(DigestAlgorithm.MD5);
        assertThat(DigestAlgorithm.ofToken("sha-256")).contains(DigestAlgorithm.SHA_256);
        assertThat(DigestAlgorithm.ofToken("MD5-sess")).contains(DigestAlgorithm.MD5_SESS);
        assertThat(DigestAlgorithm.ofToken("SHA-512-256")).isEmpty();
    }

    @Test
    void nonces_are_valid_then_stale_and_forgeries_are_detected() {
        MutableClock clock = new MutableClock();
        NonceService nonces = new NonceService(clock, Duration.ofMinutes(5));
        String nonce = nonces.issue();
        assertThat(nonces.verify(nonce)).isEqualTo(NonceService.Verdict.VALID);
        clock.advance(Duration.ofMinutes(6));
        assertThat(nonces.verify(nonce)).isEqualTo(NonceService.Verdict.STALE);
        assertThat(nonces.verify(nonce.substring(0, nonce.length() - 2) + "AA")).isEqualTo(NonceService.Verdict.FORGED);
        assertThat(new NonceService(clock, Duration.ofMinutes(5)).verify(nonces.issue()))
                .isEqualTo(NonceService.Verdict.FORGED);
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
