package com.voiceorder.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTest {

    @TempDir
    Path dataDir;

    @Test
    void a_key_is_generated_into_the_data_dir_on_first_start_and_reused_afterwards() throws Exception {
        byte[] first = KeyFile.load(null, dataDir.resolve("data"));
        byte[] second = KeyFile.load("  ", dataDir.resolve("data"));

        assertThat(first).hasSize(32).isEqualTo(second);
        Path file = dataDir.resolve("data").resolve(KeyFile.FILE_NAME);
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(first);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void a_configured_key_wins_over_the_key_file() {
        byte[] configured = SecretCipher.generateKey();
        KeyFile.load(null, dataDir);

        assertThat(KeyFile.load(Base64.getEncoder().encodeToString(configured), dataDir)).isEqualTo(configured);
    }

    @Test
    void a_malformed_key_is_reported_clearly() {
        assertThatThrownBy(() -> KeyFile.load("not-base64!", dataDir)).hasMessageContaining("voiceorder.crypto.key");
        assertThatThrownBy(() -> KeyFile.load(Base64.getEncoder().encodeToString(new byte[16]), dataDir))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void secrets_encrypted_with_the_loaded_key_survive_a_restart() {
        String encrypted = new SecretCipher(KeyFile.load(null, dataDir)).encrypt("trunk password");

        assertThat(new SecretCipher(KeyFile.load(null, dataDir)).decrypt(encrypted)).isEqualTo("trunk password");
    }
}
