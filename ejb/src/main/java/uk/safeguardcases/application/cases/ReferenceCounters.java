package uk.safeguardcases.application.cases;

/** Each board's counter of case references per year, in the database (implemented beside the persistence). */
public interface ReferenceCounters {

    /**
     * Moves the board's counter for the year on by one (locking it until the caller's transaction ends) and reads the
     * number and whether a committed case holds its reference already ({@code prefix-year-NNNN}, at least four
     * digits); null if the board has no counter for the year yet.
     */
    Counted incrementAndRead(String tenantId, String prefix, int year);

    /** Sets the board's counter for the year to {@code number}. */
    void setTo(String tenantId, int year, int number);

    /** Creates the board's counter for the year, at 0. */
    void create(String tenantId, int year);

    /** The board's counter for the year, locked until the transaction ends; created at 0 if there is none. */
    int lockedOrCreated(String tenantId, int year);

    /** The highest number among the references of the board's cases for the year ({@code prefix-year-N}); 0 for none. */
    int highestGiven(String tenantId, String prefix, int year);

    /** The floor written for a series of the board and year after a restore ({@code reference_floor}); 0 for none. */
    int floor(String tenantId, String series, int year);

    /**
     * The board with a parent organisation whose counter for {@code year} is lowest, with its first organisation,
     * read across the boards (native SQL).
     */
    java.util.Optional<ConcernRehearsal.Stage> quietestBoard(int year);

    /** Writes the floor of a series of the board and year, or moves it to {@code lastNumber}. */
    void setFloor(String tenantId, String series, int year, int lastNumber);

    /** The counter's next number, and whether a case already holds its reference. */
    record Counted(int number, boolean taken) {
    }
}
