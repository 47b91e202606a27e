package com.voiceorder.telephony.testing;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/** Closes test fixtures at once: stopping a JAIN-SIP stack takes about a second each. */
public final class ParallelClose {

    private ParallelClose() {
    }

    public static void closeAll(AutoCloseable... closeables) {
        CompletableFuture.allOf(Arrays.stream(closeables)
                .filter(java.util.Objects::nonNull)
                .map(closeable -> CompletableFuture.runAsync(() -> {
                    try {
                        closeable.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toArray(CompletableFuture[]::new)).join();
    }
}
