package uk.safeguardcases.domain.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The board's own words about its annual reports (Hibernate's board filter: the caller's board only). */
public interface ReportNarrativeRepository {

    /** The words on every section of the period starting on {@code periodFrom}. */
    List<ReportNarrative> of(LocalDate periodFrom);

    /** The words on one section of that period, if any were written. */
    Optional<ReportNarrative> of(LocalDate periodFrom, String section);

    void add(ReportNarrative narrative);
}
