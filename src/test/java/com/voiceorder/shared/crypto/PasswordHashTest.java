package com.voiceorder.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void the_right_password_verifies_and_a_wrong_one_does_not() {
        String stored = PasswordHash.hash("correct horse");
        assertThat(PasswordHash.verify("correct horse", stored)).isTrue();
        assertThat(PasswordHash.verify("correct hors", stored)).isFalse();
    }

    @Test
    void the_same_password_hashes_differently_each_time_because_of_the_salt() {
        assertThat(PasswordHash.hash("secret-password")).isNotEqualTo(PasswordHash.hash("secret-password"));
    }

    @Test
    void the_stored_form_names_the_algorithm_and_never_contains_the_password() {
        String stored = PasswordHash.hash("visible?");
        assertThat(stored).startsWith("pbkdf2-sha256$120000$").doesNotContain("visible?");
    }

    @Test
    void malformed_stored_values_never_verify() {
        assertThat(PasswordHash.verify("x", "plain-text")).isFalse();
        assertThat(PasswordHash.verify("x", null)).isFalse();
        assertThat(PasswordHash.verify(null, PasswordHash.hash("x"))).isFalse();
    }
}
