package uk.safeguardcases.application.dashboard;

import java.io.Serializable;
import java.time.YearMonth;

/** How many cases were raised in one month. */
public record MonthCount(YearMonth month, long cases) implements Serializable {
}
