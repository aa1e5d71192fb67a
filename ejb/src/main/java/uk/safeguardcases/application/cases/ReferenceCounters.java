package uk.safeguardcases.application.cases;

/** Each board's counter of case references per year, in the database (implemented beside the persistence). */
public interface ReferenceCounters {

    /**
     * Moves the board's counter for the year on by one (locking it until the caller's transaction ends) and reads the
     * number and whether a committed case holds its reference already ({@code prefix-year-NNNN}, at least four
     * digits); null if the board has no counter for the year yet.
     */
    Counted incrementAndRead(String tenantId, String prefix, int year);

    /** The counter's next number, and whether a case already holds its reference. */
    record Counted(int number, boolean taken) {
    }
}
