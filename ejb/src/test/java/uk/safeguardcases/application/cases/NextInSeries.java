package uk.safeguardcases.application.cases;

/**
 * The numbering of a unit test: one past the highest the series' own records hold, with no floor kept beside the
 * archive and no restore to continue after ({@link SeriesReferences} without its counters).
 */
public class NextInSeries extends SeriesReferences {

    @Override
    public String next(String tenantId, String boardPrefix, ReferenceSeries of, int year) {
        String prefix = boardPrefix + "-" + of.code();
        return CaseReferences.format(prefix, year, of.highestGiven(prefix, year) + 1);
    }
}
