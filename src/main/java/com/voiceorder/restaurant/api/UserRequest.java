package com.voiceorder.restaurant.api;

import com.voiceorder.restaurant.application.UserService;
import com.voiceorder.restaurant.domain.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;

/** A new user: role ADMIN, OWNER or STAFF (any case) and the restaurants they may see. */
public record UserRequest(
        @NotBlank(message = "A username is required")
        @Pattern(regexp = "\\s*[A-Za-z0-9._@-]{2,100}\\s*", message = "2-100 letters, digits or . _ @ -") String username,
        @NotBlank(message = "A display name is required") @Size(max = 200, message = "At most 200 characters")
        String displayName,
        @NotNull(message = "A password is required")
        @Size(min = UserService.MIN_PASSWORD_LENGTH, max = 200,
                message = "Between " + UserService.MIN_PASSWORD_LENGTH + " and 200 characters") String password,
        @NotNull(message = "A role is required: ADMIN, OWNER or STAFF")
        @Pattern(regexp = "(?i)ADMIN|OWNER|STAFF", message = "ADMIN, OWNER or STAFF") String role,
        Set<@NotNull(message = "A restaurant id is required") Long> restaurantIds) {

    Role toRole() {
        return Role.valueOf(role.toUpperCase(Locale.ROOT));
    }

    Set<Long> restaurantIdsOrNone() {
        return restaurantIds == null ? Set.of() : restaurantIds;
    }
}
