package uk.safeguardcases.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reading the API's text values (JSON fields, query parameters) into what the services take: each problem is put
 * under the field's name, in words a client can show, and the value is then null, so every problem is reported at
 * once. The services check everything else (required, lengths, the board's own records).
 */
final class Fields {

    static final String DATE_TIME = "Give the date and time with its offset, like 2026-03-01T10:15:00Z.";
    static final String DATE = "Give the date as year-month-day, like 2026-03-01.";

    private Fields() {
    }

    /** One of the enum's names (any case), or null when absent. */
    static <E extends Enum<E>> E choice(Map<String, String> problems, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElseGet(() -> {
                    problems.put(field, "This must be one of " + names(type) + ".");
                    return null;
                });
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static Instant dateTime(Map<String, String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.put(field, DATE_TIME);
            return null;
        }
    }

    static LocalDate date(Map<String, String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, DATE);
            return null;
        }
    }

    static Long wholeNumber(Map<String, String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.put(field, "This must be a whole number.");
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code otherwise} when absent. */
    static int wholeNumber(Map<String, String> problems, String field, String value, int min, int max,
            int otherwise) {
        Long number = wholeNumber(problems, field, value);
        if (number == null) {
            return otherwise;
        }
        if (number < min || number > max) {
            problems.put(field, "This must be from " + min + " to " + max + ".");
            return otherwise;
        }
        return number.intValue();
    }
}
