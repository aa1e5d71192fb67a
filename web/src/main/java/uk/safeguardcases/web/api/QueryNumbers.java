package uk.safeguardcases.web.api;

import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;

/** A whole number from an API call's query ({@code first}, {@code size} …), or a 400 naming the field. */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    /** {@code given} as a number from {@code least} to {@code most}; anything else is refused, naming {@code field}. */
    public static int number(String field, String given, int least, int most) {
        try {
            int value = Integer.parseInt(given.strip());
            if (value >= least && value <= most) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new InvalidInputException(Map.of(field, field.substring(0, 1).toUpperCase(Locale.ROOT)
                + field.substring(1) + " is a whole number from " + least
                + (most == Integer.MAX_VALUE ? " up." : " to " + most + ".")));
    }
}
