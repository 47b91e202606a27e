package com.voiceorder.shared.crypto;

/** A stored secret cannot be decrypted: it was altered, is malformed, or the key changed. */
public class SecretDecryptionException extends RuntimeException {

    public SecretDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
