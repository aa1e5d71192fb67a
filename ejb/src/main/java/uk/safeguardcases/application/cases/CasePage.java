package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.util.List;

/** One page of a case list, with how many cases match the filter in all. */
public record CasePage(List<CaseSummary> rows, long total, int first, int pageSize) implements Serializable {
}
