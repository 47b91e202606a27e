package com.voiceorder.availability.api;

import static com.voiceorder.testing.ApiFixtures.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.LibertyServer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The availability endpoint and finding, changing and cancelling a reservation by phone, over REST. */
@EnabledIfSystemProperty(named = "voiceorder.it.http.port", matches = "\\d+",
        disabledReason = "needs the packaged server: runs under Failsafe (mvn verify)")
class AvailabilityApiIT {

    private static final List<String> EVERY_DAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private ApiClient admin;
    private String base;
    private long service;
    private final LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1);

    @BeforeEach
    void restaurantWithOneTable() {
        admin = ApiClient.admin(LibertyServer.shared());
        long restaurant = ApiFixtures.restaurant(admin);
        ApiFixtures.openEveryDay(admin, restaurant, "11:00", "23:00");
        base = "/api/restaurants/" + restaurant;
        service = admin.post(base + "/services", Map.of("name", "Dîner", "kind", "dinner", "weekdays", EVERY_DAY,
                "startTime", "19:00", "lastSeating", "21:00", "slotIntervalMinutes", 30, "maxCovers", 20,
                "defaultDurationMinutes", 120)).json().get("id").asLong();
        long room = admin.post(base + "/rooms", Map.of("name", "Salle")).json().get("id").asLong();
        admin.post(base + "/tables", Map.of("roomId", room, "label", "T1", "minCovers", 1, "maxCovers", 4));
    }

    private Reply check(String query) {
        return admin.get(base + "/availability?" + query);
    }

    @Test
    void a_free_seating_is_offered_with_its_table_then_refused_with_alternatives_once_booked() {
        JsonNode free = check("type=reservation&date=" + tomorrow + "&time=19:00&partySize=2").json();
        assertThat(free.get("available").asBoolean()).isTrue();
        assertThat(free.at("/slot/tables/0/label").asText()).isEqualTo("T1");

        Reply booked = admin.post(base + "/reservations", Map.of("partySize", 2, "date", tomorrow.toString(),
                "time", "19:00", "guest", Map.of("name", "Léa", "phone", "06 98 76 54 32")));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        long id = booked.json().get("id").asLong();

        JsonNode full = check("type=reservation&date=" + tomorrow + "&time=19:00&partySize=2&serviceId=" + service).json();
        assertThat(full.get("available").asBoolean()).isFalse();
        assertThat(full.at("/reason/code").asText()).isEqualTo("no_table");
        assertThat(full.at("/alternatives/0/time").asText()).isEqualTo("21:00");

        Reply again = admin.post(base + "/reservations", Map.of("partySize", 2, "date", tomorrow.toString(),
                "time", "19:30", "guest", Map.of("name", "Tom")));
        assertThat(again.status()).isEqualTo(400);
        assertThat(errorFields(again)).containsExactly("time");

        JsonNode mine = admin.get(base + "/reservations?phone=0698765432").json();
        assertThat(mine.findValuesAsText("id")).containsExactly(String.valueOf(id));
        Reply moved = admin.put(base + "/reservations/" + id, Map.of("date", tomorrow.toString(), "time", "20:30",
                "partySize", 3));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("partySize").asInt()).isEqualTo(3);
        assertThat(admin.post(base + "/reservations/" + id + "/cancel", Map.of()).status()).isEqualTo(200);
        assertThat(check("type=reservation&date=" + tomorrow + "&time=20:30&partySize=2").json()
                .get("available").asBoolean()).isTrue();
    }

    @Test
    void bad_parameters_are_refused_naming_them() {
        assertThat(errorFields(check("type=table&date=" + tomorrow + "&partySize=2"))).containsExactly("type");
        assertThat(errorFields(check("type=reservation&date=tomorrow&partySize=2"))).containsExactly("date");
        assertThat(errorFields(check("type=reservation&date=" + tomorrow + "&partySize=two"))).containsExactly("partySize");
        assertThat(errorFields(check("type=reservation&date=" + tomorrow))).containsExactly("partySize");
        Reply badTime = check("type=reservation&date=" + tomorrow + "&time=7pm&partySize=2");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.contentType()).contains("problem+json");
    }

    @Test
    void a_pickup_time_is_answered_by_the_kitchen_schedule_with_the_same_endpoint() {
        Reply pickup = check("type=pickup&date=" + tomorrow + "&time=03:00");
        assertThat(pickup.status()).as(pickup.body()).isEqualTo(200);
        JsonNode answer = pickup.json();
        assertThat(answer.path("available").asBoolean()).as("a restaurant open 11:00-23:00, at 3 am").isFalse();
        assertThat(answer.path("reason").asText()).isNotEmpty();
        assertThat(errorFields(check("type=delivery&date=" + tomorrow + "&time=3h"))).containsExactly("time");
    }
}
