package com.voiceorder.delivery.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voiceorder.delivery.domain.GeoPoint;
import com.voiceorder.delivery.domain.GeoServiceException;
import com.voiceorder.delivery.domain.GeoServiceRefusedException;
import com.voiceorder.delivery.domain.GeocodedAddress;
import com.voiceorder.delivery.domain.LocationType;
import com.voiceorder.delivery.testing.FakeGoogleMaps;
import com.voiceorder.delivery.testing.FakeGoogleMaps.Place;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real google-maps-services client against a local server answering like the Geocoding API. */
class GoogleGeocoderTest {

    static final String KEY = "AIzaFakeKeyForTests0123456789";
    private static final String ADDRESS = "12 rue de la République, 13001 Marseille";

    private FakeGoogleMaps google;
    private GoogleGeocoder geocoder;

    @BeforeEach
    void start() {
        google = FakeGoogleMaps.start(KEY);
        geocoder = geocoderWith(KEY, 2000);
    }

    @AfterEach
    void stop() {
        geocoder.close();
        google.close();
    }

    private GoogleGeocoder geocoderWith(String key, long timeoutMillis) {
        return new GoogleGeocoder(new GoogleMapsConfig(Optional.ofNullable(key), Optional.of(google.baseUrl() + "/"),
                timeoutMillis));
    }

    @Test
    void a_found_address_comes_back_formatted_with_its_point_precision_postal_code_and_city() {
        google.knows(ADDRESS, Place.rooftop("12 Rue de la République, 13001 Marseille, France", 43.2977, 5.3721,
                "13001", "Marseille"));

        GeocodedAddress found = geocoder.geocode(ADDRESS, "fr", "fr").orElseThrow();

        assertThat(found.formattedAddress()).isEqualTo("12 Rue de la République, 13001 Marseille, France");
        assertThat(found.location()).isEqualTo(new GeoPoint(43.2977, 5.3721));
        assertThat(found.locationType()).isEqualTo(LocationType.ROOFTOP);
        assertThat(found.postalCode()).isEqualTo("13001");
        assertThat(found.city()).isEqualTo("Marseille");
        assertThat(found.needsConfirmation()).isFalse();
        assertThat(google.geocodedAddresses()).containsExactly(ADDRESS);
    }

    @ParameterizedTest(name = "{0}, partial match {1} → confirm: {2}")
    @CsvSource({
            "ROOFTOP, false, false",
            "RANGE_INTERPOLATED, false, false",
            "GEOMETRIC_CENTER, false, true",
            "APPROXIMATE, false, true",
            "ROOFTOP, true, true"})
    void imprecise_or_partial_matches_ask_for_confirmation(String locationType, boolean partial, boolean confirm) {
        google.knows(ADDRESS, new Place("Rue de la République, Marseille", 43.29, 5.37, locationType, partial, null,
                "Marseille"));

        GeocodedAddress found = geocoder.geocode(ADDRESS, "fr", "fr").orElseThrow();

        assertThat(found.locationType().name()).isEqualTo(locationType);
        assertThat(found.partialMatch()).isEqualTo(partial);
        assertThat(found.needsConfirmation()).isEqualTo(confirm);
        assertThat(found.postalCode()).isNull();
    }

    @Test
    void an_unknown_address_is_zero_results_and_found_empty() {
        assertThat(geocoder.geocode("nowhere at all", "fr", "fr")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"OVER_QUERY_LIMIT", "OVER_DAILY_LIMIT", "REQUEST_DENIED", "INVALID_REQUEST"})
    void refusals_are_not_worth_retrying(String status) {
        google.forceGeocodingStatus(status);

        assertThatThrownBy(() -> geocoder.geocode(ADDRESS, "fr", "fr"))
                .isInstanceOf(GeoServiceRefusedException.class)
                .hasMessageContaining("refused");
        assertThat(google.geocodedAddresses()).as("the library's own retries are off").hasSize(1);
    }

    @Test
    void an_unknown_error_may_be_retried() {
        google.forceGeocodingStatus("UNKNOWN_ERROR");

        assertThatThrownBy(() -> geocoder.geocode(ADDRESS, "fr", "fr"))
                .isInstanceOf(GeoServiceException.class)
                .isNotInstanceOf(GeoServiceRefusedException.class);
    }

    @Test
    void a_wrong_key_is_denied_and_the_key_never_appears_in_the_error() {
        GoogleGeocoder wrong = geocoderWith("AIzaWrongKey000000000000000", 2000);
        try {
            assertThatThrownBy(() -> wrong.geocode(ADDRESS, "fr", "fr"))
                    .isInstanceOf(GeoServiceRefusedException.class)
                    .hasMessageContaining("RequestDenied")
                    .hasMessageNotContaining("AIzaWrongKey");
        } finally {
            wrong.close();
        }
    }

    @Test
    void a_server_that_does_not_answer_in_time_fails_fast() {
        GoogleGeocoder impatient = geocoderWith(KEY, 300);
        google.holdResponses();
        try {
            assertThatThrownBy(() -> impatient.geocode(ADDRESS, "fr", "fr"))
                    .isInstanceOf(GeoServiceException.class)
                    .hasMessageContaining("unreachable");
        } finally {
            google.release();
            impatient.close();
        }
    }

    @Test
    void a_stopped_server_is_unreachable() {
        google.close();

        assertThatThrownBy(() -> geocoder.geocode(ADDRESS, "fr", "fr"))
                .isInstanceOf(GeoServiceException.class)
                .isNotInstanceOf(GeoServiceRefusedException.class);
    }

    @Test
    void without_a_key_it_is_not_configured_and_refuses_to_call() {
        GoogleGeocoder unconfigured = geocoderWith(null, 2000);

        assertThat(unconfigured.configured()).isFalse();
        assertThatThrownBy(() -> unconfigured.geocode(ADDRESS, "fr", "fr")).isInstanceOf(GeoServiceRefusedException.class);
        assertThat(google.geocodedAddresses()).isEmpty();
    }
}
