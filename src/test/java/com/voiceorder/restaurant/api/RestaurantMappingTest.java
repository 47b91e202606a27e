package com.voiceorder.restaurant.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.voiceorder.restaurant.RestaurantFixtures;
import com.voiceorder.restaurant.domain.DeliveryRules;
import com.voiceorder.restaurant.domain.DeliveryZone;
import com.voiceorder.restaurant.domain.Restaurant;
import com.voiceorder.restaurant.domain.Role;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RestaurantMappingTest {

    @Test
    void a_restaurant_maps_with_its_settings_sorted_and_its_phone_in_e164() {
        Restaurant restaurant = RestaurantFixtures.restaurant("Le Port");
        restaurant.replaceOpeningHours(new OpeningHoursRequest(List.of(
                new OpeningHoursRequest.Range(DayOfWeek.FRIDAY, LocalTime.of(19, 0), LocalTime.of(1, 0)),
                new OpeningHoursRequest.Range(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.of(14, 0)))).toDomain());
        restaurant.configureDelivery(new DeliveryRequest(true, 0, 250L, 1500L, null,
                List.of(new DeliveryRequest.Zone("13 002", 300L, null))).toRules(),
                List.of(new DeliveryZone("13 002", 300, null)));
        restaurant.replaceClosures(new ClosuresRequest(List.of(
                new ClosuresRequest.Closure(LocalDate.of(2025, 12, 24), LocalDate.of(2025, 12, 26), "Noël"))).toDomain());

        RestaurantDto dto = RestaurantDto.from(restaurant);

        assertThat(dto.phone()).isEqualTo("+33491000000");
        assertThat(dto.timeZone()).isEqualTo("Europe/Paris");
        assertThat(dto.currency()).isEqualTo("EUR");
        assertThat(dto.active()).isTrue();
        assertThat(dto.openingHours()).extracting(RestaurantDto.OpeningRangeDto::dayOfWeek)
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        assertThat(dto.closures()).singleElement().extracting(RestaurantDto.ClosureDto::reason).isEqualTo("Noël");
        assertThat(dto.delivery()).isEqualTo(new RestaurantDto.DeliveryDto(true, 0, 250, 1500, null,
                List.of(new RestaurantDto.DeliveryZoneDto("13002", 300, null))));
        assertThat(dto.kitchenCapacity().slotMinutes()).isEqualTo(15);
    }

    @Test
    void delivery_without_zones_maps_to_rules_and_no_zones() {
        DeliveryRequest request = new DeliveryRequest(false, 3000, 0L, 0L, 2500L, null);

        assertThat(request.toRules()).isEqualTo(new DeliveryRules(false, 3000, 0, 0, 2500L));
        assertThat(request.toZones()).isEmpty();
    }

    @Test
    void a_role_is_read_in_any_case_and_missing_memberships_mean_none() {
        UserRequest request = new UserRequest("chef", "Chef", "long-enough", "owner", null);

        assertThat(request.toRole()).isEqualTo(Role.OWNER);
        assertThat(request.restaurantIdsOrNone()).isEmpty();
        assertThat(UserDto.from(new com.voiceorder.restaurant.application.AuthenticatedUser(3, "chef", "Chef", Role.STAFF,
                Set.of(9L, 4L), "en")).restaurantIds()).containsExactly(4L, 9L);
    }
}
