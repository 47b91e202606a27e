package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.calls.domain.LineMode;
import com.voiceorder.calls.domain.PhoneLine;
import com.voiceorder.restaurant.application.RestaurantService;
import com.voiceorder.restaurant.application.RestaurantSummary;
import com.voiceorder.restaurant.infrastructure.JpaRestaurantRepository;
import com.voiceorder.shared.crypto.SecretCipher;
import java.time.Clock;
import com.voiceorder.shared.domain.PhoneNumber;
import com.voiceorder.telephony.line.LineStatus;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.Fixtures;
import com.voiceorder.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A restaurant's lines joined with what the SIP endpoint says about them. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class LineMonitorTest {

    private static final Instant CHANGED = Instant.parse("2026-06-12T17:59:00Z");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private PhoneLineService lines;
    private final List<LineStatus> live = new ArrayList<>();
    private LineMonitor monitor;
    private long restaurant;

    @BeforeEach
    void createDatabase() {
        db = TestDatabase.create(kind);
        db.inTransaction(em -> {
            restaurant = Fixtures.restaurant(em);
        });
        lines = new TransactionalPhoneLines(db, new SecretCipher(SecretCipher.generateKey()));
        monitor = new LineMonitor(lines, () -> List.copyOf(live), restaurants(db));
    }

    /** The real restaurant service, each call in its own transaction. */
    static RestaurantService restaurants(TestDatabase db) {
        return new RestaurantService() {
            @Override
            public List<RestaurantSummary> list(boolean activeOnly) {
                return db.inTransaction((jakarta.persistence.EntityManager em) ->
                        new RestaurantService(new JpaRestaurantRepository(em), Clock.systemUTC()).list(activeOnly));
            }
        };
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private PhoneLine line(String number, boolean enabled) {
        return lines.create(restaurant, new PhoneLineCommand(new PhoneNumber(number), "Salle",
                LineMode.ACCEPT_FROM_GATEWAY, enabled, null, Set.of("127.0.0.1"), false, null, null, null));
    }

    @Test
    void a_served_line_shows_its_live_registration_and_calls() {
        PhoneLine served = line("+33491000001", true);
        live.add(new LineStatus(String.valueOf(served.getId()),
                com.voiceorder.telephony.line.LineMode.ACCEPT_FROM_GATEWAY, true, 2, null, CHANGED));

        assertThat(monitor.lines(restaurant)).singleElement().satisfies(health -> {
            assertThat(health.lineId()).isEqualTo(served.getId());
            assertThat(health.number()).isEqualTo("+33491000001");
            assertThat(health.served()).isTrue();
            assertThat(health.registered()).isTrue();
            assertThat(health.callsInProgress()).isEqualTo(2);
            assertThat(health.lastChange()).isEqualTo(CHANGED);
        });
    }

    @Test
    void a_line_telephony_does_not_know_is_shown_not_served() {
        line("+33491000002", false);

        assertThat(monitor.lines(restaurant)).singleElement().satisfies(health -> {
            assertThat(health.enabled()).isFalse();
            assertThat(health.served()).isFalse();
            assertThat(health.callsInProgress()).isZero();
        });
    }

    @Test
    void the_latest_telephony_error_is_reported() {
        PhoneLine served = line("+33491000003", true);
        live.add(new LineStatus(String.valueOf(served.getId()),
                com.voiceorder.telephony.line.LineMode.ACCEPT_FROM_GATEWAY, false, 0,
                "INVITE refused from unknown source 203.0.113.9", CHANGED));

        assertThat(monitor.lines(restaurant).get(0).lastError())
                .isEqualTo("INVITE refused from unknown source 203.0.113.9");
        assertThat(monitor.lines(restaurant).get(0).lastErrorAt()).isEqualTo(CHANGED);
    }

    @Test
    void a_served_line_shows_the_live_state_and_a_line_not_served_the_stored_reason() {
        PhoneLine healed = line("+33491000004", true);
        PhoneLine refused = line("+33491000005", true);
        lines.recordLineErrors(List.of(new LineProblem(healed.getId(), "Registration failed: 403 Forbidden"),
                new LineProblem(refused.getId(), "Not served: the trunk account has no SIP password")), CHANGED);
        live.add(new LineStatus(String.valueOf(healed.getId()),
                com.voiceorder.telephony.line.LineMode.ACCEPT_FROM_GATEWAY, true, 0, null, CHANGED));

        List<LineMonitor.LineHealth> health = monitor.lines(restaurant);
        assertThat(health).extracting(LineMonitor.LineHealth::number, LineMonitor.LineHealth::lastError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("+33491000004", null),
                        org.assertj.core.groups.Tuple.tuple("+33491000005",
                                "Not served: the trunk account has no SIP password"));
        assertThat(health).extracting(LineMonitor.LineHealth::lastErrorAt).containsExactly(null, CHANGED);
    }

    @Test
    void the_administrators_view_lists_the_lines_of_every_restaurant_with_its_name() {
        PhoneLine first = line("+33491000006", true);
        long other = db.inTransaction((jakarta.persistence.EntityManager em) -> Fixtures.restaurant(em));
        PhoneLine second = lines.create(other, new PhoneLineCommand(new PhoneNumber("+33491000007"), "Comptoir",
                LineMode.ACCEPT_FROM_GATEWAY, true, null, Set.of("127.0.0.1"), false, null, null, null));
        live.add(new LineStatus(String.valueOf(second.getId()),
                com.voiceorder.telephony.line.LineMode.ACCEPT_FROM_GATEWAY, false, 1, null, CHANGED));

        List<LineMonitor.RestaurantLineHealth> all = monitor.allLines();

        assertThat(all).extracting(entry -> entry.line().lineId()).contains(first.getId(), second.getId());
        LineMonitor.RestaurantLineHealth secondEntry = all.stream()
                .filter(entry -> entry.line().lineId().equals(second.getId())).findFirst().orElseThrow();
        assertThat(secondEntry.restaurantId()).isEqualTo(other);
        assertThat(secondEntry.restaurantName()).startsWith("Restaurant ");
        assertThat(secondEntry.line().callsInProgress()).isEqualTo(1);
        assertThat(all.stream().filter(entry -> entry.line().lineId().equals(first.getId())).findFirst()
                .orElseThrow().restaurantId()).isEqualTo(restaurant);
    }
}
