package com.voiceorder.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {

    private final SecretCipher cipher = new SecretCipher(SecretCipher.generateKey());

    @Test
    void a_secret_decrypts_to_what_was_encrypted() {
        String encrypted = cipher.encrypt("s3cr3t-SIP-pässword");

        assertThat(encrypted).startsWith("v1:").doesNotContain("s3cr3t");
        assertThat(cipher.decrypt(encrypted)).isEqualTo("s3cr3t-SIP-pässword");
        assertThat(cipher.decrypt(encrypted.substring(3))).as("without the version prefix")
                .isEqualTo("s3cr3t-SIP-pässword");
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
    }

    @Test
    void each_encryption_uses_a_fresh_iv() {
        String first = cipher.encrypt("same");
        String second = cipher.encrypt("same");

        assertThat(first).isNotEqualTo(second);
        byte[] firstIv = java.util.Arrays.copyOf(Base64.getDecoder().decode(first.substring(3)), 12);
        byte[] secondIv = java.util.Arrays.copyOf(Base64.getDecoder().decode(second.substring(3)), 12);
        assertThat(firstIv).isNotEqualTo(secondIv);
    }

    @Test
    void a_tampered_secret_is_refused() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("password").substring(3));
        raw[raw.length - 5] ^= 0x01;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(SecretDecryptionException.class)
                .hasMessageContaining("altered");
        assertThatThrownBy(() -> cipher.decrypt("v1:not base64!")).isInstanceOf(SecretDecryptionException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:AAAA")).isInstanceOf(SecretDecryptionException.class);
    }

    @Test
    void a_secret_encrypted_under_another_key_is_refused() {
        String encrypted = new SecretCipher(SecretCipher.generateKey()).encrypt("password");

        assertThatThrownBy(() -> cipher.decrypt(encrypted)).isInstanceOf(SecretDecryptionException.class);
    }

    @Test
    void the_key_must_have_32_bytes() {
        assertThatThrownBy(() -> new SecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThat(SecretCipher.generateKey()).hasSize(32).isNotEqualTo(SecretCipher.generateKey());
    }
}
