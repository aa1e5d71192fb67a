package uk.safeguardcases.application.annualreport;

/**
 * What a row of a report table is about: words of the report's bundle ({@code key}), or one of the board's own names
 * (an organisation, a clause) given in English and, if the board gave one, in Welsh. {@code english} is also what a
 * value of the domain the bundle has no words for yet is called (its English label), so a new value, a new source of
 * concerns say, appears in the report the day it is first used.
 */
public record RowLabel(String key, String english, String welsh) {

    /** A row worded by the bundle. */
    public static RowLabel of(String key) {
        return new RowLabel(key, null, null);
    }

    /** A value of the domain: {@code <Enum>.<NAME>}, its English label if the bundle has no words for it. */
    public static RowLabel of(Enum<?> value) {
        return new RowLabel(value.getDeclaringClass().getSimpleName() + "." + value.name(), englishLabel(value), null);
    }

    /** One of the board's own names. */
    public static RowLabel named(String english, String welsh) {
        return new RowLabel(null, english, welsh);
    }

    /** The enum's own English words ({@code label()}), or its name when it has none. */
    private static String englishLabel(Enum<?> value) {
        try {
            Object label = value.getClass().getMethod("label").invoke(value);
            return label instanceof String text ? text : value.name();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return value.name();
        }
    }
}
