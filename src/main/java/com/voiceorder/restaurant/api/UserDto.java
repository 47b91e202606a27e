package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.domain.AppUser;
import java.util.List;

/** A user (never their password). */
public record UserDto(Long id, String username, String displayName, String role, List<Long> restaurantIds) {

    static UserDto of(AppUser user) {
        return new UserDto(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole().name(),
                user.getRestaurantIds().stream().sorted().toList());
    }
}
