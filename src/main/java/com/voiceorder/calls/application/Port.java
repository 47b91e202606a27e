package com.voiceorder.calls.application;

import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.function.Supplier;

/** A service another capability provides, which may be missing from this deployment. */
@FunctionalInterface
public interface Port<T> extends Supplier<Optional<T>> {

    static <T> Port<T> of(Instance<T> instance) {
        return () -> instance.isResolvable() ? Optional.of(instance.get()) : Optional.empty();
    }

    static <T> Port<T> of(T implementation) {
        return () -> Optional.ofNullable(implementation);
    }

    static <T> Port<T> missing() {
        return Optional::empty;
    }

    /** The service, or the {@code unavailable} failure the model reads. */
    default T require(String what) {
        return get().orElseThrow(() -> new ToolFailure("unavailable", null,
                what + " cannot be checked right now; tell the caller a person will confirm", java.util.List.of()));
    }
}
