package com.voiceorder.reservations.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface ExternalLoadRepository {

    ExternalLoad save(ExternalLoad load);

    List<ExternalLoad> findByDate(Long restaurantId, LocalDate date);

    /** Loads dated from {@code from} to {@code to}, both inclusive. */
    List<ExternalLoad> findBetween(Long restaurantId, LocalDate from, LocalDate to);

    Optional<ExternalLoad> findByRef(Long restaurantId, String platform, String externalRef);

    void delete(ExternalLoad load);
}
