package com.voiceorder.restaurant.api;

import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new user with their role and the restaurants they may access. */
public record UserRequest(
        @NotBlank(message = "username is required") String username,
        String displayName,
        @Schema(writeOnly = true) @NotBlank(message = "password is required") String password,
        @Schema(enumeration = {"ADMIN", "OWNER", "STAFF"}) @NotBlank(message = "role is required") String role,
        Set<Long> restaurantIds) {

    @Override
    public String toString() {
        return "UserRequest[" + username + ", " + role + ", password=***]";
    }
}
