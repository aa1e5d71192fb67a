package uk.safeguardcases.application.lowlevel;

import java.io.Serializable;

/** The board's rule for low-level concerns, as its administrator sees and changes it. */
public record PolicyView(int threshold, int windowMonths, int keepYears) implements Serializable {
}
