package uk.safeguardcases.application.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.transfer.FollowUpResult;
import uk.safeguardcases.domain.transfer.SenderChange;
import uk.safeguardcases.domain.transfer.TransferPackage;
import uk.safeguardcases.domain.transfer.TransferProcess;

/**
 * The one path between two boards (issue 67), taken only by the two transfer processes' own steps. Each side reads
 * and writes its own rows only, as its own board: the sending board makes what goes and starts the receiving board's
 * process with it; the receiving board keeps it as its own record; its answer goes back as a message to the sending
 * board's process, which records it as the sending board. Nothing else of one board reaches another: no page, query,
 * e-mail or job of a board reads another's rows, and the receiving board's process holds what came only until its
 * first step keeps it.
 *
 * <p>Every step runs in its process's own job, so what one board writes and the start or message it hands the other
 * commit together or not at all, and a step that fails is tried again (then shown as stuck work to its board).
 */
@ApplicationScoped
public class TransferCrossing {

    private static final Logger LOG = Logger.getLogger(TransferCrossing.class.getName());

    @Inject
    private CaseTransfers sending;

    @Inject
    private ReceivedTransfers receiving;

    @Inject
    private Processes processes;

    @Inject
    private TransferPackages packages;

    @Inject
    private uk.safeguardcases.domain.board.BoardRepository boards;

    /**
     * The sending process's step {@value TransferProcess#SEND}, for the sending board {@code board}: what goes is made
     * as that board, the receiving board's process started with it as the receiving board, and the transfer marked
     * sent.
     */
    public void send(String board, long transferId, String sendingInstanceId) {
        String to = as(board, () -> sending.destinationOf(transferId));
        if (to == null) {
            // A board on another deployment: nothing crosses here; the package is made and kept, to be handed over.
            as(board, () -> {
                packages.make(transferId);
                return null;
            });
            return;
        }
        TransferPackage sent = as(board, () -> sending.packageFor(transferId));
        Map<String, Object> variables = new HashMap<>();
        variables.put(TransferProcess.PACKAGE, TransferPackageJson.write(sent));
        variables.put(TransferProcess.FROM_BOARD, board);
        variables.put(TransferProcess.FROM_INSTANCE, sendingInstanceId);
        as(to, () -> processes.start(TransferProcess.RECEIVED_KEY, sent.reference(), variables));
        as(board, () -> {
            sending.markSent(transferId);
            return null;
        });
    }

    /**
     * The receiving process's step {@value TransferProcess#RECEIVE}, for the receiving board {@code board}: what came
     * is kept as its record; its id.
     */
    public long receive(String board, byte[] sent, String instanceId) {
        TransferPackage received = TransferPackageJson.read(sent);
        return as(board, () -> receiving.receive(received, instanceId));
    }

    /**
     * The receiving process's step {@value TransferProcess#TELL_SENDER}: the answer, as a message to the sending
     * board's process, delivered as the sending board (nothing for a package imported from another deployment: no
     * process of this one waits for it). A sending process that no longer waits (its board gone, or the
     * answer delivered already) is told nothing, and said so in the log.
     */
    public void tell(String fromBoard, String sendingInstanceId, TransferAnswer answer) {
        if (sendingInstanceId == null) {
            // Imported from another deployment: its senior managers tell the sending board, which records it there.
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(TransferProcess.ACCEPTED, answer.accepted());
        variables.put(TransferProcess.DECISION_REASON, answer.reason() == null ? "" : answer.reason());
        variables.put(TransferProcess.THEIR_REFERENCE, answer.theirReference() == null ? "" : answer.theirReference());
        try {
            as(fromBoard, () -> {
                processes.deliver(sendingInstanceId, TransferProcess.ANSWER, TransferProcess.ANSWERED, variables);
                return null;
            });
        } catch (StepUnavailableException e) {
            LOG.log(Level.WARNING, "A transfer's answer found its sending process no longer waiting ({0}, board {1})",
                    new Object[] {e.reason(), fromBoard});
        }
    }

    /** The sending process's step {@value TransferProcess#RECORD_ANSWER}, for the sending board {@code board}. */
    public void recordAnswer(String board, long transferId, TransferAnswer answer) {
        as(board, () -> {
            sending.answered(transferId, answer);
            return null;
        });
    }

    /**
     * The follow-up process's step {@value TransferProcess#TELL_CHANGE}, for the sending board {@code board}: the
     * change {@code told} of its case {@code caseId}, made there at {@code changedAt}, told to the board {@code toBoard}
     * it sent it to (transfer {@code transferId}), which marks or removes its copy as that board; what it did is then
     * recorded on the case as the sending board. Both in the one job.
     */
    public FollowUpResult followUp(String board, long transferId, String toBoard, long caseId,
            SenderChange.Told told, Instant changedAt) {
        FollowUpResult result = as(toBoard, () -> receiving.changedAtSender(board, transferId, told, changedAt));
        as(board, () -> {
            sending.followedUp(caseId, toBoard, told, result);
            return null;
        });
        return result;
    }

    /**
     * The copy-erased process's step {@value TransferProcess#TELL_COPY_ERASED}, for the receiving board {@code board}:
     * it erased, once its legal hold was lifted, the copy it kept of the case {@code fromReference} the board {@code
     * fromBoard} sent and then removed; recorded on the sending board's timeline, as that board.
     */
    public void copyErased(String board, String fromBoard, String fromReference) {
        if (boards.byId(fromBoard).isEmpty()) {
            // The sending board left the service since: nobody is left to tell.
            LOG.log(Level.INFO, "A kept copy erased on board {0}: the board that sent it has left", board);
            return;
        }
        as(fromBoard, () -> {
            sending.copyErasedThere(board, fromReference);
            return null;
        });
    }

    /**
     * Refuses anyone but the product's own processes (the board's system caller): the services' steps that only a
     * process takes.
     */
    static void requireSystem() {
        Caller caller = CallerContext.current();
        if (!caller.roles().isEmpty() || !"system".equals(caller.username())) {
            throw new AccessRefusedException(TransferWords.text("processOnly"));
        }
    }

    private static <T> T as(String board, Callable<T> work) {
        return CallerContext.runAs(Caller.system(board), work);
    }
}
