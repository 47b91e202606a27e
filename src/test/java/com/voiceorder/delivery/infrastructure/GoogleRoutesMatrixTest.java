package com.voiceorder.delivery.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.voiceorder.delivery.domain.GeoPoint;
import com.voiceorder.delivery.domain.GeoServiceException;
import com.voiceorder.delivery.domain.GeoServiceRefusedException;
import com.voiceorder.delivery.domain.Route;
import com.voiceorder.delivery.testing.FakeGoogleMaps;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Routes API client against a local server answering like computeRouteMatrix. */
class GoogleRoutesMatrixTest {

    private static final String KEY = GoogleGeocoderTest.KEY;
    private static final GeoPoint RESTAURANT = new GeoPoint(43.2965, 5.3698);
    private static final GeoPoint CUSTOMER = new GeoPoint(43.3050, 5.3950);

    private FakeGoogleMaps google;
    private GoogleRoutesMatrix routes;

    @BeforeEach
    void start() {
        google = FakeGoogleMaps.start(KEY);
        routes = routesWith(KEY);
    }

    @AfterEach
    void stop() {
        google.close();
    }

    private GoogleRoutesMatrix routesWith(String key) {
        return new GoogleRoutesMatrix(new GoogleMapsConfig(Optional.ofNullable(key), Optional.of(google.baseUrl()), 1000));
    }

    @Test
    void a_route_gives_the_road_distance_and_the_driving_time() {
        google.routeTo(CUSTOMER.latitude(), CUSTOMER.longitude(), 3240, 545);

        Route route = routes.drive(RESTAURANT, CUSTOMER).orElseThrow();

        assertThat(route.distanceMeters()).isEqualTo(3240);
        assertThat(route.travelTime()).isEqualTo(Duration.ofSeconds(545));
        assertThat(route.travelMinutes()).isEqualTo(10);
    }

    @Test
    void the_request_names_both_points_as_lat_lng_waypoints_and_drives() {
        google.routeTo(CUSTOMER.latitude(), CUSTOMER.longitude(), 100, 60);

        routes.drive(RESTAURANT, CUSTOMER);

        JsonNode body = google.routeRequests().get(0);
        assertThat(body.at("/origins/0/waypoint/location/latLng/latitude").asDouble()).isEqualTo(RESTAURANT.latitude());
        assertThat(body.at("/origins/0/waypoint/location/latLng/longitude").asDouble()).isEqualTo(RESTAURANT.longitude());
        assertThat(body.at("/destinations/0/waypoint/location/latLng/latitude").asDouble()).isEqualTo(CUSTOMER.latitude());
        assertThat(body.path("travelMode").asText()).isEqualTo("DRIVE");
    }

    @Test
    void no_road_to_the_place_is_an_empty_route() {
        google.noRouteTo(CUSTOMER.latitude(), CUSTOMER.longitude());

        assertThat(routes.drive(RESTAURANT, CUSTOMER)).isEmpty();
    }

    @Test
    void an_element_status_error_is_a_refusal_not_a_route() {
        google.elementErrorTo(CUSTOMER.latitude(), CUSTOMER.longitude(), 3, "Invalid waypoint");

        assertThatThrownBy(() -> routes.drive(RESTAURANT, CUSTOMER))
                .isInstanceOf(GeoServiceRefusedException.class)
                .hasMessageContaining("Invalid waypoint");
    }

    @Test
    void the_fake_server_refuses_a_request_without_field_mask_as_google_does() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(google.baseUrl() + GoogleRoutesMatrix.PATH))
                .header("X-Goog-Api-Key", KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"origins\":[],\"destinations\":[],\"travelMode\":\"DRIVE\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("FieldMask is a required parameter");
    }

    @Test
    void a_wrong_key_is_refused_without_showing_the_key() {
        assertThatThrownBy(() -> routesWith("AIzaWrongKey000000000000000").drive(RESTAURANT, CUSTOMER))
                .isInstanceOf(GeoServiceRefusedException.class)
                .hasMessageContaining("403 PERMISSION_DENIED")
                .hasMessageNotContaining("AIzaWrongKey");
    }

    @ParameterizedTest
    @CsvSource({"500, false", "503, false", "429, true"})
    void server_errors_may_be_retried_but_quota_errors_are_refusals(int status, boolean refusal) {
        google.forceRoutesHttpStatus(status);

        assertThatThrownBy(() -> routes.drive(RESTAURANT, CUSTOMER))
                .isInstanceOf(refusal ? GeoServiceRefusedException.class : GeoServiceException.class)
                .hasMessageContaining("HTTP " + status)
                .satisfies(e -> assertThat(e instanceof GeoServiceRefusedException).isEqualTo(refusal));
    }

    @Test
    void a_server_that_does_not_answer_in_time_fails_fast() {
        google.holdResponses();
        try {
            assertThatThrownBy(() -> routes.drive(RESTAURANT, CUSTOMER))
                    .isInstanceOf(GeoServiceException.class)
                    .hasMessageContaining("unreachable");
        } finally {
            google.release();
        }
    }

    @ParameterizedTest
    @CsvSource({"1234s, 1234", "12.2s, 13", "0s, 0"})
    void durations_are_read_in_seconds_rounded_up(String text, long seconds) {
        assertThat(GoogleRoutesMatrix.duration(text)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void a_duration_without_unit_is_refused() {
        assertThatThrownBy(() -> GoogleRoutesMatrix.duration("1234")).isInstanceOf(GeoServiceException.class);
    }
}
