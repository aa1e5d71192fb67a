package uk.safeguardcases.application.leaving;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.ChainVerification;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.hosting.OperatorCallers;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.TimelineHead;
import uk.safeguardcases.domain.audit.TimelineRepository;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.domain.leaving.BoardErasure;
import uk.safeguardcases.domain.leaving.BoardErasureRepository;
import uk.safeguardcases.domain.leaving.LeavingAction;
import uk.safeguardcases.domain.people.Role;

/**
 * A board leaves (issue 62). Its administrators, or the hosting operator when a contract ends, export the board's
 * whole record, ask for its erasure, and after {@link BoardErasure#WAITING_PERIOD} a second person (another of its
 * administrators, or the operator; never the one who asked) confirms it: every row of the board, the engine's too, goes
 * in one transaction, and the certificate of erasure stays. A case on legal hold stops the erasure.
 *
 * <p>The administrators' methods act on the caller's own board only, so no board can name another. The operator's take
 * the board's id and the operator's name; the operator's own code decides who is an operator (a caller acting for a
 * board, one of its people or its jobs, is refused).
 */
@Stateless
public class BoardLeaving {

    private static final int REASON_LENGTH = 2000;

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private BoardErasureRepository erasures;

    @Inject
    private BoardRepository boards;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private TimelineRepository timelineRecords;

    @Inject
    private TimelineService timeline;

    @Inject
    private BoardRecords records;

    @Inject
    private BoardProcessRecords processes;

    /** Where the caller's board stands: the request still standing, if any, and the cases on legal hold. */
    public LeavingStatus status() {
        return statusAs(CallerContext.require(Role.ADMIN));
    }

    /** Where board {@code boardId} stands on leaving, for the hosting operator's page. */
    public LeavingStatus statusFor(String boardId, String operator) {
        Caller caller = operator(boardId, operator);
        return CallerContext.runAs(caller, () -> statusAs(caller));
    }

    private LeavingStatus statusAs(Caller caller) {
        Board board = board(caller.tenantId());
        Instant now = Instant.now(clock);
        LeavingStatus.Request request = open(board.id()).map(e -> new LeavingStatus.Request(e.askedBy(),
                e.askedAt(), e.reason(), e.confirmableFrom(), e.askedBy().equals(caller.username()),
                !now.isBefore(e.confirmableFrom()))).orElse(null);
        return new LeavingStatus(board.name(), board.referencePrefix(), request, heldCases());
    }

    /** Streams the caller's board's whole record to {@code out} as a ZIP, and records that it was made. */
    public BoardRecords.Export export(OutputStream out) {
        return exportAs(CallerContext.require(Role.ADMIN), out);
    }

    /**
     * Asks for the caller's board to be erased; {@code typed} must be the board's reference prefix (so nobody asks by
     * a slip). Refused while a request stands.
     */
    public void askForErasure(String typed, String reason) {
        Caller caller = CallerContext.require(Role.ADMIN);
        checkTyped(board(caller.tenantId()), typed);
        ask(caller, reason);
    }

    /** Withdraws the request standing for the caller's board: the board stays. */
    public void withdrawErasure() {
        withdraw(CallerContext.require(Role.ADMIN));
    }

    /**
     * Confirms the erasure asked for the caller's board, and carries it out: refused before the waiting period has
     * passed, when the caller asked for it, and while any of its cases is on legal hold.
     */
    public ErasureCertificate confirmErasure(String typed) {
        Caller caller = CallerContext.require(Role.ADMIN);
        checkTyped(board(caller.tenantId()), typed);
        return confirm(caller);
    }

    /** The operator streams board {@code boardId}'s whole record (a contract's end). */
    public BoardRecords.Export exportFor(String boardId, String operator, OutputStream out) {
        return CallerContext.runAs(operator(boardId, operator), () -> exportAs(CallerContext.current(), out));
    }

    /**
     * The operator asks for board {@code boardId} to be erased; {@code typed} must be the board's reference prefix, as
     * for the board's administrator (so no operator asks for the wrong board by a slip).
     */
    public void askFor(String boardId, String operator, String typed, String reason) {
        CallerContext.runAs(operator(boardId, operator), () -> {
            checkTyped(board(boardId), typed);
            ask(CallerContext.current(), reason);
        });
    }

    /** The operator withdraws the request standing for board {@code boardId}. */
    public void withdrawFor(String boardId, String operator) {
        CallerContext.runAs(operator(boardId, operator), () -> withdraw(CallerContext.current()));
    }

    /**
     * The operator confirms the erasure of board {@code boardId} asked by someone else, and carries it out; {@code
     * typed} must be the board's reference prefix.
     */
    public ErasureCertificate confirmFor(String boardId, String operator, String typed) {
        return CallerContext.runAs(operator(boardId, operator), () -> {
            checkTyped(board(boardId), typed);
            return confirm(CallerContext.current());
        });
    }

    /** The certificate of board {@code boardId}'s erasure, if it was erased; for the operator. */
    public Optional<ErasureCertificate> certificate(String boardId) {
        refuseBoardPeople();
        return erasures.erased(boardId)
                .map(BoardLeaving::certificateOf);
    }

    private BoardRecords.Export exportAs(Caller caller, OutputStream out) {
        board(caller.tenantId());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        BoardRecords.Export export = records.export(caller.tenantId(), caller.username(), now, out);
        timeline.record(null, LeavingAction.BOARD_EXPORTED, "A ZIP of " + export.files()
                + " files and their manifest, whose SHA-256 is " + export.manifestSha256() + ".");
        return export;
    }

    private void ask(Caller caller, String reason) {
        if (reason != null && reason.strip().length() > REASON_LENGTH) {
            throw new InvalidInputException(Map.of("reason", LeavingWords.text("reason.tooLong", REASON_LENGTH)));
        }
        Board board = locked(caller.tenantId());
        Optional<BoardErasure> standing = open(board.id());
        if (standing.isPresent()) {
            throw new ErasureRefusedException(LeavingWords.text("refused.alreadyAsked", standing.get().askedBy(),
                    when(standing.get().askedAt())));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        BoardErasure erasure = BoardErasure.asked(board.id(), board.name(), reason, caller.username(), now);
        erasures.add(erasure);
        timeline.record(null, LeavingAction.ERASURE_ASKED, "Erasure of the board asked for by " + caller.username()
                + "; another administrator or the hosting operator may confirm it from "
                + PlainFormat.when(java.util.Locale.ENGLISH, erasure.confirmableFrom()) + "."
                + (erasure.reason() == null ? "" : " Reason: " + erasure.reason()));
    }

    private void withdraw(Caller caller) {
        Board board = locked(caller.tenantId());
        BoardErasure erasure = open(board.id())
                .orElseThrow(() -> new ErasureRefusedException(LeavingWords.text("refused.nothingAsked")));
        erasure.withdraw(caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        timeline.record(null, LeavingAction.ERASURE_WITHDRAWN, "Erasure asked for by " + erasure.askedBy()
                + " withdrawn by " + caller.username() + ".");
    }

    private ErasureCertificate confirm(Caller caller) {
        String boardId = caller.tenantId();
        // One confirmation at a time, and no request asked or withdrawn meanwhile.
        Board board = locked(boardId);
        BoardErasure erasure = open(board.id())
                .orElseThrow(() -> new ErasureRefusedException(LeavingWords.text("refused.nothingAsked")));
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Optional<BoardErasure.Refusal> refusal = erasure.refusalToConfirm(caller.username(), now);
        if (refusal.isPresent()) {
            throw new ErasureRefusedException(switch (refusal.get()) {
                case TOO_SOON -> LeavingWords.text("refused.tooSoon", when(erasure.confirmableFrom()));
                case SAME_PERSON -> LeavingWords.text("refused.samePerson");
                case WITHDRAWN, ALREADY_ERASED -> LeavingWords.text("refused.nothingAsked");
            });
        }
        List<String> held = heldCases();
        if (!held.isEmpty()) {
            throw new ErasureRefusedException(LeavingWords.text("refused.held", String.join(", ", held)), held);
        }
        // The chain is taken and kept until the end: no entry is added while it is read and erased.
        timeline.holdChain();
        ChainVerification chain = timeline.verify();
        TimelineHead head = timelineRecords.headAsStored(boardId);
        long lastSequence = head.lastSequence();
        String lastHash = head.lastHash();
        long erasureId = erasure.id();
        erasures.writeAndForget();

        // What the certificate reports is counted first: the engine removes its own rows its own way.
        BoardRecords.Erased counted = records.count(boardId);
        processes.forget(boardId);
        records.erase(boardId);

        BoardErasure done = erasures.byId(erasureId).orElseThrow();
        done.erased(caller.username(), now, counted.rows(), counted.files(), lastSequence, lastHash, chain.intact());
        erasures.writeAndEmptyTheCache();
        return certificateOf(done);
    }

    private Optional<BoardErasure> open(String boardId) {
        return erasures.open(boardId);
    }

    /** The board's cases on legal hold, by reference (the board's own only: the tenant filter applies). */
    private List<String> heldCases() {
        return caseRecords.referencesOnHold();
    }

    private Board board(String boardId) {
        Board board = boards.byId(boardId).orElse(null);
        if (board == null) {
            throw new NotFoundException(LeavingWords.text("board.unknown"));
        }
        return board;
    }

    private Board locked(String boardId) {
        Board board = boards.locked(boardId);
        if (board == null) {
            throw new NotFoundException(LeavingWords.text("board.unknown"));
        }
        return board;
    }

    private static void checkTyped(Board board, String typed) {
        if (typed == null || !typed.strip().equalsIgnoreCase(board.referencePrefix())) {
            throw new InvalidInputException(Map.of("typed", LeavingWords.text("typed.wrong",
                    board.referencePrefix())));
        }
    }

    /**
     * The operator acting on board {@code boardId}: named apart from any board's people ({@link BoardErasure#OPERATOR}),
     * with no role of the board. Anyone acting for a board is refused. Nothing is read here: the session then
     * opens for the board, as the caller set by the operator's methods (the board is looked for by each step).
     */
    private static Caller operator(String boardId, String operator) {
        refuseBoardPeople();
        if (operator == null || operator.isBlank()) {
            throw new InvalidInputException(Map.of("operator", LeavingWords.text("operator.missing")));
        }
        if (boardId == null || boardId.isBlank()) {
            throw new NotFoundException(LeavingWords.text("board.unknown"));
        }
        String name = operator.strip();
        return new Caller(BoardErasure.OPERATOR + name, name, boardId, Set.of(), null, CallerContext.language());
    }

    /**
     * Only a signed-in hosting operator, who is outside every board: anyone acting for a board (its people, its jobs)
     * and nobody at all are refused.
     */
    private static void refuseBoardPeople() {
        try {
            OperatorCallers.requireOperator();
        } catch (AccessRefusedException e) {
            throw new AccessRefusedException(LeavingWords.text("operator.only"));
        }
    }

    private static String when(Instant instant) {
        return PlainFormat.when(CallerContext.language(), instant);
    }

    private static ErasureCertificate certificateOf(BoardErasure e) {
        return new ErasureCertificate(e.boardId(), e.boardName(), e.askedBy(), e.askedAt(), e.confirmedBy(),
                e.confirmedAt(), e.erasedAt(), e.rowsErased(), e.filesErased(), e.chainLastSequence(),
                e.chainLastHash(), Boolean.TRUE.equals(e.chainIntact()));
    }
}
