package uk.safeguardcases.web.officer;

import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.web.shell.Language;

/**
 * The check step before a decision that closes a case, sends something outside the board or makes a record due for
 * removal (the GOV.UK "check your answers" pattern): what the person chose, row by row, and a plain sentence of what
 * will happen when they confirm. {@code action} says which of the form's decisions waits (a form may have two).
 */
public record CheckStep(String action, List<Row> rows, String consequence) implements Serializable {

    /** One answer: its question as the form asks it, and what was chosen or typed. */
    public record Row(String label, String value) implements Serializable {
    }

    /** A row whose question is the officer bundle's {@code labelKey}. */
    public static Row row(String labelKey, String value) {
        return new Row(Language.text("officer", labelKey), value == null ? "" : value);
    }

    /** The officer bundle's {@code key}, its arguments filled in. */
    public static String says(String key, Object... arguments) {
        return Language.text("officer", key, arguments);
    }
}
