package com.voiceorder.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets at rest (SIP passwords, platform credentials) with AES-256-GCM.
 * Each encryption draws a fresh random 12-byte IV; the result is {@code "v1:" + base64(IV ‖ ciphertext ‖ tag)}.
 * Decryption accepts the text with or without the version prefix and refuses anything altered
 * or encrypted under another key with a {@link SecretDecryptionException}.
 */
public final class SecretCipher {

    public static final int KEY_BYTES = 32;
    static final String VERSION_PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretCipher(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("An AES-256 key has " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(Arrays.copyOf(key, KEY_BYTES), "AES");
    }

    /** A new random AES-256 key. */
    public static byte[] generateKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public String encrypt(String plainText) {
        Objects.requireNonNull(plainText, "plainText");
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plainText.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return VERSION_PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String encrypted) {
        Objects.requireNonNull(encrypted, "encrypted");
        String body = encrypted.startsWith(VERSION_PREFIX) ? encrypted.substring(VERSION_PREFIX.length()) : encrypted;
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new SecretDecryptionException("Encrypted secret is not valid base64", e);
        }
        if (raw.length < IV_BYTES + TAG_BITS / 8) {
            throw new SecretDecryptionException("Encrypted secret is too short", null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SecretDecryptionException("Encrypted secret was altered or encrypted with another key", e);
        } catch (GeneralSecurityException e) {
            throw new SecretDecryptionException("Encrypted secret cannot be decrypted", e);
        }
    }
}
