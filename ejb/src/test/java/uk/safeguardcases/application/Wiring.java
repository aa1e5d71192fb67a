package uk.safeguardcases.application;

import java.lang.reflect.Field;

/**
 * Hands a service its collaborators as the container would, for a unit test without a server: each dependency goes
 * into the one field of the service that takes its type.
 */
public final class Wiring {

    private Wiring() {
    }

    public static <T> T wire(T service, Object... dependencies) {
        for (Object dependency : dependencies) {
            Field into = null;
            for (Class<?> type = service.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (field.getType().isInstance(dependency) && !field.getType().equals(Object.class)) {
                        if (into != null) {
                            throw new IllegalArgumentException(service.getClass().getSimpleName()
                                    + " has two fields that take " + dependency.getClass().getSimpleName());
                        }
                        into = field;
                    }
                }
            }
            if (into == null) {
                throw new IllegalArgumentException(service.getClass().getSimpleName() + " takes no "
                        + dependency.getClass().getSimpleName());
            }
            set(into, service, dependency);
        }
        return service;
    }

    /** Sets what the database or Hibernate would set on a stored record (its id, its board). */
    public static void set(Object target, String field, Object value) {
        for (Class<?> type = target.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                set(type.getDeclaredField(field), target, value);
                return;
            } catch (NoSuchFieldException e) {
                // on a superclass, perhaps
            }
        }
        throw new IllegalArgumentException(target.getClass().getSimpleName() + " has no field " + field);
    }

    private static void set(Field field, Object target, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
