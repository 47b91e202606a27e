package com.voiceorder.testing;

import com.voiceorder.shared.domain.BaseEntity;
import java.lang.reflect.Field;

/** Gives unsaved entities ids in unit tests, the way the database would (ids are never set by code). */
public final class EntityIds {

    private EntityIds() {
    }

    public static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
