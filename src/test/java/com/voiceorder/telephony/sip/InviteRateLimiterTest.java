package com.voiceorder.telephony.sip;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.telephony.line.AddressRange;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class InviteRateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_source_gets_its_burst_then_refills_at_the_rate_and_others_are_independent() throws Exception {
        InviteRateLimiter limiter = new InviteRateLimiter(1, 2);
        InetAddress a = InetAddress.getByName("192.0.2.1");
        InetAddress b = InetAddress.getByName("192.0.2.2");
        assertThat(limiter.tryAcquire(a, 0)).isEmpty();
        assertThat(limiter.tryAcquire(a, 0)).isEmpty();
        assertThat(limiter.tryAcquire(a, 0)).hasValue(1);
        assertThat(limiter.tryAcquire(b, 0)).isEmpty();
        assertThat(limiter.tryAcquire(a, SECOND)).isEmpty();
    }

    @Test
    void address_ranges_match_cidr_blocks() throws Exception {
        assertThat(AddressRange.parse("192.0.2.0/24").contains(InetAddress.getByName("192.0.2.200"))).isTrue();
        assertThat(AddressRange.parse("192.0.2.0/25").contains(InetAddress.getByName("192.0.2.200"))).isFalse();
        assertThat(AddressRange.parse("10.1.2.3").contains(InetAddress.getByName("10.1.2.3"))).isTrue();
        assertThat(AddressRange.parse("2001:db8::/32").contains(InetAddress.getByName("2001:db8::1"))).isTrue();
        assertThat(AddressRange.parse("2001:db8::/32").contains(InetAddress.getByName("10.1.2.3"))).isFalse();
    }
}
