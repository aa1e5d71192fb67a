package uk.safeguardcases.domain.hosting;

import java.util.List;
import java.util.Optional;

/**
 * What the hosting operators keep: themselves, the log of what they did, the boards' suspensions, and the rows of a
 * new board (written as rows, not as the board's entities: the operator's session belongs to no board, and an
 * entity's board is the session's).
 */
public interface HostingRepository {

    /** How many operators there are. */
    long operatorCount();

    boolean operatorNamed(String username);

    void add(HostOperator operator);

    /** Holds the operator's row until the transaction ends. */
    void lock(HostOperator operator);

    /** The operators whose enrolment link has this digest. */
    List<HostOperator> withEnrolment(String tokenDigest);

    /** The operator with this user name, locked until the transaction ends. */
    Optional<HostOperator> operatorLocked(String username);

    /** The active operator with this user name. */
    Optional<HostOperator> activeOperator(String username);

    /** Every operator, by user name. */
    List<HostOperator> operators();

    void log(OperatorLogEntry entry);

    /** What the operators did, newest first, at most {@code most}. */
    List<OperatorLogEntry> log(int most);

    Optional<BoardSuspension> suspension(String board);

    void add(BoardSuspension suspension);

    void remove(BoardSuspension suspension);

    /** Sends the database what the transaction changed, before the engine (on its own connection) is told. */
    void writeNow();

    boolean boardExists(String code);

    boolean prefixTaken(String prefix);

    /** Whether any board has someone with exactly this user name. */
    boolean usernameTaken(String username);

    /** The new board's row, in the product's colours, and its audit chain's head at {@code genesis}. */
    void addBoard(String code, String name, String shortName, String prefix, String policyTitle, boolean welsh,
            String nameCy, String policyTitleCy, String genesis);

    /** A parent organisation of the new board. */
    void addOrganisation(String board, String name, String kind, String hrEmail, String nameCy);
}
