package com.voiceorder.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Set;

/**
 * Where the key for secrets at rest comes from: the configured base64 key
 * ({@code voiceorder.crypto.key}) when there is one, else {@code <data dir>/secret.key}, created
 * with a new random key (owner read/write only where the file system supports POSIX permissions)
 * on first start. Losing that file makes the stored secrets unreadable: back it up with the data.
 */
public final class KeyFile {

    public static final String FILE_NAME = "secret.key";

    private KeyFile() {
    }

    /** The 32-byte key: from {@code configuredBase64} if not blank, else from (or into) the data dir. */
    public static byte[] load(String configuredBase64, Path dataDir) {
        if (configuredBase64 != null && !configuredBase64.isBlank()) {
            return decode(configuredBase64, "voiceorder.crypto.key");
        }
        Path file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        byte[] key = SecretCipher.generateKey();
        try {
            Files.createDirectories(dataDir);
            write(file, Base64.getEncoder().encodeToString(key));
            return key;
        } catch (FileAlreadyExistsException raced) {
            return read(file); // another instance created it first: use theirs
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the key file " + file, e);
        }
    }

    private static void write(Path file, String base64) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))}
                : new FileAttribute<?>[0];
        Files.createFile(file, attributes);
        Files.writeString(file, base64 + "\n", StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static byte[] read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String origin) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key in " + origin + " is not valid base64");
        }
        if (key.length != SecretCipher.KEY_BYTES) {
            throw new IllegalStateException("The key in " + origin + " must be " + SecretCipher.KEY_BYTES
                    + " bytes (base64 of 32 random bytes), not " + key.length);
        }
        return key;
    }
}
