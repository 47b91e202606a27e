package com.voiceorder.reservations.api;

import static com.voiceorder.testing.ApiFixtures.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.testing.ApiClient;
import com.voiceorder.testing.ApiClient.Reply;
import com.voiceorder.testing.ApiFixtures;
import com.voiceorder.testing.LibertyServer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Dining setup and reservations through the REST API. */
@EnabledIfSystemProperty(named = "voiceorder.it.http.port", matches = "\\d+",
        disabledReason = "needs the packaged server: runs under Failsafe (mvn verify)")
class ReservationApiIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final List<String> EVERY_DAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private LibertyServer server;
    private ApiClient admin;
    private long restaurant;
    private String base;

    @BeforeEach
    void restaurant() {
        server = LibertyServer.shared();
        admin = ApiClient.admin(server);
        restaurant = ApiFixtures.restaurant(admin);
        base = "/api/restaurants/" + restaurant;
    }

    private static Map<String, Object> dinner(String name) {
        Map<String, Object> service = new HashMap<>();
        service.put("name", name);
        service.put("kind", "dinner");
        service.put("weekdays", EVERY_DAY);
        service.put("startTime", "19:00");
        service.put("lastSeating", "22:00");
        service.put("slotIntervalMinutes", 30);
        service.put("maxCovers", 40);
        service.put("defaultDurationMinutes", 90);
        service.put("durationsByPartySize", Map.of("2", 75));
        return service;
    }

    private long create(String path, Object body) {
        Reply reply = admin.post(base + path, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private Map<String, Object> booking(long serviceId, LocalDate date, String time, String name) {
        return Map.of("serviceId", serviceId, "partySize", 2, "date", date.toString(), "time", time,
                "guest", Map.of("name", name, "phone", "06 98 76 54 32"), "notes", "Anniversaire");
    }

    /** Bookings must be for a seating still to come: tomorrow's dinner always is. */
    private static LocalDate today() {
        return LocalDate.now(PARIS).plusDays(1);
    }

    @Test
    void services_offers_rooms_and_tables_round_trip() {
        // services
        Reply createdService = admin.post(base + "/services", dinner("Dîner"));
        assertThat(createdService.status()).as(createdService.body()).isEqualTo(201);
        assertThat(createdService.json().get("kind").asText()).isEqualTo("DINNER");
        assertThat(createdService.json().get("startTime").asText()).isEqualTo("19:00");
        assertThat(createdService.json().at("/durationsByPartySize/2").asInt()).isEqualTo(75);
        long service = createdService.json().get("id").asLong();
        Map<String, Object> renamed = dinner("Grand dîner");
        renamed.put("maxCovers", 60);
        assertThat(admin.put(base + "/services/" + service, renamed).status()).isEqualTo(200);
        JsonNode storedService = admin.get(base + "/services/" + service).json();
        assertThat(storedService.get("name").asText()).isEqualTo("Grand dîner");
        assertThat(storedService.get("maxCovers").asInt()).isEqualTo(60);
        assertThat(admin.get(base + "/services").json().findValuesAsText("name")).containsExactly("Grand dîner");

        // offers
        long offer = create("/offers", Map.of("name", "-20 % le soir", "serviceIds", List.of(service),
                "weekdays", List.of("friday"), "minPartySize", 2));
        JsonNode storedOffer = admin.get(base + "/offers/" + offer).json();
        assertThat(storedOffer.get("weekdays").get(0).asText()).isEqualTo("FRIDAY");
        assertThat(storedOffer.get("serviceIds").get(0).asLong()).isEqualTo(service);
        assertThat(admin.put(base + "/offers/" + offer, Map.of("name", "-30 % le soir", "serviceIds", List.of(service),
                "active", false))
                .status()).isEqualTo(200);
        assertThat(admin.get(base + "/offers").json().at("/0/active").asBoolean()).isFalse();

        // rooms and tables
        long room = create("/rooms", Map.of("name", "Salle", "position", 1));
        long terrace = create("/rooms", Map.of("name", "Terrasse", "position", 2));
        long t1 = create("/tables", Map.of("roomId", room, "label", "T1", "minCovers", 1, "maxCovers", 2));
        long t2 = create("/tables", Map.of("roomId", room, "label", "T2", "minCovers", 2, "maxCovers", 4,
                "combinableWith", List.of(t1)));
        assertThat(admin.get(base + "/tables/" + t1).json().get("combinableWith").get(0).asLong()).isEqualTo(t2);
        assertThat(admin.put(base + "/tables/" + t2, Map.of("roomId", terrace, "label", "T2", "minCovers", 2,
                "maxCovers", 6)).status()).isEqualTo(200);
        assertThat(admin.get(base + "/tables/" + t2).json().get("roomId").asLong()).isEqualTo(terrace);
        assertThat(admin.get(base + "/tables").json().findValuesAsText("label")).containsExactlyInAnyOrder("T1", "T2");
        assertThat(admin.put(base + "/rooms/" + room, Map.of("name", "Grande salle")).status()).isEqualTo(200);
        assertThat(admin.get(base + "/rooms/" + room).json().get("name").asText()).isEqualTo("Grande salle");

        // deletes
        assertThat(admin.delete(base + "/rooms/" + room).status()).as("a room with tables").isEqualTo(400);
        assertThat(admin.delete(base + "/tables/" + t1).status()).isEqualTo(204);
        assertThat(admin.delete(base + "/rooms/" + room).status()).isEqualTo(204);
        assertThat(admin.get(base + "/rooms/" + room).status()).isEqualTo(404);
        assertThat(admin.delete(base + "/services/" + service).status()).as("an offer refers to it").isEqualTo(400);
        assertThat(admin.delete(base + "/offers/" + offer).status()).isEqualTo(204);
        assertThat(admin.delete(base + "/services/" + service).status()).isEqualTo(204);
        assertThat(admin.get(base + "/services").json()).isEmpty();
    }

    @Test
    void invalid_setup_is_refused_naming_the_field() {
        Map<String, Object> noName = dinner("x");
        noName.remove("name");
        Reply missing = admin.post(base + "/services", noName);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(errorFields(missing)).containsExactly("name");

        Map<String, Object> badTime = dinner("Dîner");
        badTime.put("startTime", "7pm");
        Reply time = admin.post(base + "/services", badTime);
        assertThat(time.status()).isEqualTo(400);
        assertThat(errorFields(time)).containsExactly("startTime");
    }

    @Test
    void a_reservation_is_booked_listed_seated_and_given_tables() {
        long service = create("/services", dinner("Dîner"));
        long room = create("/rooms", Map.of("name", "Salle"));
        long table = create("/tables", Map.of("roomId", room, "label", "T1", "minCovers", 1, "maxCovers", 4));

        Reply booked = admin.post(base + "/reservations", booking(service, today(), "20:30", "Claire Martin"));

        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonNode reservation = booked.json();
        long id = reservation.get("id").asLong();
        assertThat(reservation.get("status").asText()).isEqualTo("PENDING");
        assertThat(Instant.parse(reservation.get("startsAt").asText()))
                .isEqualTo(ZonedDateTime.of(today(), LocalTime.of(20, 30), PARIS).toInstant());
        assertThat(reservation.get("durationMinutes").asInt()).isEqualTo(75);
        assertThat(reservation.at("/guest/phone").asText()).isEqualTo("+33698765432");
        assertThat(reservation.get("customerId").isIntegralNumber()).isTrue();
        assertThat(reservation.get("source").asText()).isEqualTo("API");

        assertThat(admin.get(base + "/reservations?date=" + today()).json().findValuesAsText("id"))
                .contains(String.valueOf(id));
        assertThat(admin.get(base + "/reservations?date=" + today() + "&status=PENDING").json()
                .findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(admin.get(base + "/reservations?date=" + today().plusDays(1)).json()).isEmpty();

        assertThat(admin.post(base + "/reservations/" + id + "/status", Map.of("status", "SEATED")).status())
                .as("not confirmed yet").isEqualTo(409);
        assertThat(admin.post(base + "/reservations/" + id + "/status", Map.of("status", "confirmed")).status())
                .isEqualTo(200);
        Reply tables = admin.put(base + "/reservations/" + id + "/tables",
                Map.of("roomId", room, "tableIds", List.of(table)));
        assertThat(tables.status()).as(tables.body()).isEqualTo(200);
        Reply seated = admin.post(base + "/reservations/" + id + "/status", Map.of("status", "SEATED"));
        assertThat(seated.status()).isEqualTo(200);

        JsonNode stored = admin.get(base + "/reservations/" + id).json();
        assertThat(stored.get("status").asText()).isEqualTo("SEATED");
        assertThat(stored.get("roomId").asLong()).isEqualTo(room);
        assertThat(stored.get("tableIds").get(0).asLong()).isEqualTo(table);
        assertThat(stored.get("seatedAt").asText()).isNotBlank();
    }

    @Test
    void a_reservation_is_cancelled_once_with_its_reason() {
        long service = create("/services", dinner("Dîner"));
        long id = admin.post(base + "/reservations", booking(service, today().plusDays(3), "19:00", "Paul"))
                .json().get("id").asLong();

        Reply cancelled = admin.post(base + "/reservations/" + id + "/cancel", Map.of("reason", "Empêchement"));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancelReason").asText()).isEqualTo("Empêchement");
        assertThat(admin.post(base + "/reservations/" + id + "/cancel", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void invalid_reservations_are_refused_naming_the_field() {
        long service = create("/services", dinner("Dîner"));

        Reply noGuest = admin.post(base + "/reservations", Map.of("serviceId", service, "partySize", 2,
                "date", today().toString(), "time", "20:00"));
        assertThat(noGuest.status()).isEqualTo(400);
        assertThat(errorFields(noGuest)).containsExactly("guest");

        Reply badDate = admin.post(base + "/reservations", booking(service, today(), "20:00", "Zoé")
                .entrySet().stream().collect(HashMap::new, (m, e) -> m.put(e.getKey(),
                        e.getKey().equals("date") ? "31/12/2026" : e.getValue()), HashMap::putAll));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(errorFields(badDate)).containsExactly("date");

        Reply unknownService = admin.post(base + "/reservations", booking(987654321L, today(), "20:00", "Zoé"));
        assertThat(unknownService.status()).isEqualTo(404);
    }

    @Test
    void staff_book_reservations_but_do_not_change_the_setup() {
        long service = create("/services", dinner("Dîner"));
        ApiClient staff = ApiFixtures.user(server, admin, "STAFF", restaurant);

        Reply booked = staff.post(base + "/reservations", booking(service, today(), "21:00", "Inès"));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        long id = booked.json().get("id").asLong();
        assertThat(staff.post(base + "/reservations/" + id + "/status", Map.of("status", "CONFIRMED")).status())
                .isEqualTo(200);

        assertThat(staff.get(base + "/services").status()).isEqualTo(200);
        assertThat(staff.post(base + "/services", dinner("Brunch")).status()).isEqualTo(403);
        assertThat(staff.post(base + "/rooms", Map.of("name", "Cave")).status()).isEqualTo(403);
        assertThat(staff.delete(base + "/services/" + service).status()).isEqualTo(403);
    }

    @Test
    void another_restaurant_s_reservations_and_setup_are_not_found() {
        long service = create("/services", dinner("Dîner"));
        long id = admin.post(base + "/reservations", booking(service, today(), "20:00", "Léa")).json().get("id").asLong();
        long other = ApiFixtures.restaurant(admin);
        ApiClient otherOwner = ApiFixtures.user(server, admin, "OWNER", other);

        assertThat(admin.get("/api/restaurants/" + other + "/reservations/" + id).status()).isEqualTo(404);
        assertThat(admin.get("/api/restaurants/" + other + "/services/" + service).status()).isEqualTo(404);
        assertThat(otherOwner.get(base + "/reservations/" + id).status()).isEqualTo(404);
        assertThat(otherOwner.get(base + "/services").status()).isEqualTo(404);
    }
}
