package com.voiceorder.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Stores an {@link Instant} in a {@code TIMESTAMP} column as its UTC wall-clock time, independent
 * of the JVM's default zone (EclipseLink 4 / JPA 3.1 have no native Instant mapping). Precision is
 * microseconds, what both H2 and PostgreSQL keep. Apply it explicitly with
 * {@code @Convert(converter = UtcInstantConverter.class)}.
 */
@Converter(autoApply = false)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
