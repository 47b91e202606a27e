package com.voiceorder.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Time;
import java.time.LocalTime;

/**
 * Binds a {@link LocalTime} as {@link Time} for a {@code TIME} column. EclipseLink's own binding
 * of {@code LocalTime} does not compare equal to the stored value on H2, so rows of element
 * collections (deleted by matching every column) were never deleted. Use it with {@code @Convert}.
 */
@Converter
public class LocalTimeConverter implements AttributeConverter<LocalTime, Time> {

    @Override
    public Time convertToDatabaseColumn(LocalTime time) {
        return time == null ? null : Time.valueOf(time);
    }

    @Override
    public LocalTime convertToEntityAttribute(Time stored) {
        return stored == null ? null : stored.toLocalTime();
    }
}
