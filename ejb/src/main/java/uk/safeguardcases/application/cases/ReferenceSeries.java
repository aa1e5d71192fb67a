package uk.safeguardcases.application.cases;

/**
 * A board's numbered references other than its cases': a process whose records carry PREFIX-CODE-YEAR-NNNN
 * (CHSCB-CS-2026-0007) declares its series as a CDI bean, and takes its numbers from {@link SeriesReferences}, which
 * numbers from the highest its records hold but never at or below a number given out before a restore.
 */
public interface ReferenceSeries {

    /** The series' code in the reference and beside the archive: "CS", "OA", "SAR" (capitals, at most 8). */
    String code();

    /** What the series numbers, in the plural, for the board's timeline after a restore ("searches about a child"). */
    String records();

    /** The highest number among the caller's board's records of the series for the year ({@code prefix} ends in the code). */
    int highestGiven(String prefix, int year);
}
