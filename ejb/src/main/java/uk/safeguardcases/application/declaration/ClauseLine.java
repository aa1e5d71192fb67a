package uk.safeguardcases.application.declaration;

import java.io.Serializable;

/** A clause of a published version, in the reader's language where the board gives it ({@code lang} says which). */
public record ClauseLine(String reference, String section, String text, String lang) implements Serializable {
}
