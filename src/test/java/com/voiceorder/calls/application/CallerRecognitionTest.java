package com.voiceorder.calls.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.customers.application.KnownCaller;
import com.voiceorder.customers.application.PastOrder;
import com.voiceorder.testing.DatabaseKind;
import com.voiceorder.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/** A caller recognised by caller id, in any notation, with their history; a withheld id is nobody. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class CallerRecognitionTest {

    private static final Instant WEDNESDAY_MORNING = Instant.parse("2026-06-10T08:00:00Z");

    @Parameter
    DatabaseKind kind;

    private TestDatabase db;
    private long restaurantId;

    @BeforeEach
    void seedDemoRestaurant() {
        db = TestDatabase.create(kind);
        restaurantId = db.inTransaction((EntityManager em) -> services(em).demo().seedIfEmpty().orElseThrow());
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private AgentServices services(EntityManager em) {
        return AgentServices.over(em, Clock.fixed(WEDNESDAY_MORNING, ZoneOffset.UTC), AgentServices.Ports.none());
    }

    private Optional<KnownCaller> recognise(String callerId) {
        return db.inTransaction((EntityManager em) -> services(em).recognition().recognise(restaurantId, callerId));
    }

    @Test
    void a_regular_is_recognised_in_national_and_international_notation() {
        for (String callerId : List.of("06 12 34 56 78", "0612345678", "+33 6 12 34 56 78", "+33612345678",
                "0033612345678", "06.12.34.56.78")) {
            KnownCaller mohamed = recognise(callerId).orElseThrow(() -> new AssertionError(callerId));

            assertThat(mohamed.firstName()).isEqualTo("Mohamed");
            assertThat(mohamed.phone()).isEqualTo("+33612345678");
            assertThat(mohamed.addresses()).extracting(KnownCaller.SavedAddress::oneLine)
                    .anyMatch(line -> line.contains("24 rue de la République"));
        }
    }

    @Test
    void a_withheld_caller_id_or_a_number_we_never_saw_is_nobody() {
        for (String callerId : Arrays.asList(null, "", "   ", "anonymous", "Anonymous", "unknown", "restricted",
                "+33 7 00 00 00 01", "+44 20 7946 0000")) {
            assertThat(recognise(callerId)).as(callerId).isEmpty();
        }
    }

    @Test
    void a_regular_comes_with_their_latest_orders_and_the_usual() {
        KnownCaller mohamed = recognise("0612345678").orElseThrow();

        assertThat(mohamed.recentOrders()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(mohamed.recentOrders()).isSortedAccordingTo(
                (a, b) -> b.placedAt().compareTo(a.placedAt()));
        assertThat(mohamed.usual()).isNotNull();
        assertThat(mohamed.usual().lines()).containsExactlyInAnyOrder("1 × Marseillaise (Grande (40 cm), Œuf)",
                "1 × Panisses de l'Estaque", "2 × Limonade artisanale (33 cl)");
        assertThat(mohamed.recentOrders()).extracting(PastOrder::type).contains("delivery");
    }
}
