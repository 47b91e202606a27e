package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.AuthenticatedUser;
import com.voiceorder.restaurant.domain.AppUser;
import com.voiceorder.restaurant.domain.Role;
import java.util.Collection;
import java.util.List;

/** A user; restaurantIds are their memberships (an admin sees every restaurant whatever they are). */
public record UserDto(long id, String username, String displayName, Role role, List<Long> restaurantIds,
        String language, boolean enabled) {

    static UserDto from(AppUser user) {
        return new UserDto(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                sorted(user.getRestaurantIds()), user.getLanguage(), user.isEnabled());
    }

    /** The signed-in caller (enabled, or they could not have signed in). */
    static UserDto from(AuthenticatedUser user) {
        return new UserDto(user.id(), user.username(), user.displayName(), user.role(), sorted(user.restaurantIds()),
                user.language(), true);
    }

    private static List<Long> sorted(Collection<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
