package uk.safeguardcases.application.transfer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.transfer.CaseTransfer;
import uk.safeguardcases.domain.transfer.FollowUpResult;
import uk.safeguardcases.domain.transfer.ReceivedFile;
import uk.safeguardcases.domain.transfer.ReceivedStatus;
import uk.safeguardcases.domain.transfer.ReceivedTransfer;
import uk.safeguardcases.domain.transfer.SenderChange;
import uk.safeguardcases.domain.transfer.TransferAction;
import uk.safeguardcases.domain.transfer.TransferPackage;
import uk.safeguardcases.domain.transfer.TransferProcess;
import uk.safeguardcases.domain.transfer.TransferRepository;

/**
 * Cases other boards sent (issue 67), on the receiving board's side: kept as they came, read-only, by the board's
 * senior managers, who accept one (a case of the board's own, in its own series, starting at triage, with what came
 * linked to it, not copied into it) or decline it saying why (what came is erased; the fact and the reason are kept, and go back).
 */
@Stateless
public class ReceivedTransfers {

    private static final int MOST_LISTED = 200;

    @Inject
    private Clock clock;

    @Inject
    private TransferRepository transfers;

    @Inject
    private CaseService caseService;

    @Inject
    private CaseLookup cases;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    @Inject
    private TransferMail mail;

    @Inject
    private BoardNames names;

    /**
     * The receiving process's first step, as the board's system caller: what came is kept as the board's record, and
     * its senior managers told. Once per transfer, however often the step runs. Returns the record's id.
     */
    public long receive(TransferPackage sent, String instanceId) {
        TransferCrossing.requireSystem();
        Optional<ReceivedTransfer> already = transfers.receivedFrom(sent.fromBoard(), sent.transferId());
        if (already.isPresent()) {
            return already.get().id();
        }
        ReceivedTransfer received = ReceivedTransfer.receive(sent, Instant.now(clock));
        received.startedAs(instanceId);
        transfers.add(received);
        keepFiles(transfers, received, sent);
        timeline.record(null, TransferAction.TRANSFER_RECEIVED, "From " + names.inEnglish(sent.fromBoard()) + ", its case "
                + sent.reference() + " (" + sent.legalBasis().label() + "): "
                + PlainFormat.count(received.allegations().size(), "allegation", "allegations") + ", "
                + PlainFormat.count(received.evidence().size(), "evidence item", "evidence items")
                + (sent.files().isEmpty() ? "" : ", " + PlainFormat.count(sent.files().size(), "file", "files")) + "; "
                + PlainFormat.count(sent.redactedPassages(), "passage", "passages") + " redacted by the sending board.");
        mail.received(received, names.inEnglish(sent.fromBoard()));
        return received.id();
    }

    /**
     * The receiving process's reminder, as the board's system caller: a case another board sent still waits for a
     * decision; the board's senior managers are e-mailed and the timeline records it. Nothing once it is decided or
     * erased (a reminder that fires as a decision commits).
     */
    public void remind(long id) {
        TransferCrossing.requireSystem();
        Optional<ReceivedTransfer> waiting = transfers.received(id)
                .filter(r -> r.status() == ReceivedStatus.AWAITING_DECISION);
        if (waiting.isEmpty()) {
            return;
        }
        ReceivedTransfer received = waiting.get();
        String from = names.inEnglish(received);
        timeline.record(null, TransferAction.TRANSFER_DECISION_REMINDED, "From " + from + ", its case "
                + received.fromReference() + ": waiting for a decision since " + PlainFormat.day(Locale.ENGLISH,
                received.receivedAt()) + "; the senior managers reminded.");
        mail.remind(received, from);
    }

    /**
     * The follow-up process's step, as the board's system caller: the sending board {@code fromBoard} told a change of
     * the case it sent (its transfer {@code fromTransferId}), made there at {@code changedAt}. What came is marked with
     * it; a removal erases it unless the legal hold on the board's own case keeps it. The board's senior managers are
     * told. Answers what was done, which goes back to the sending board.
     */
    public FollowUpResult changedAtSender(String fromBoard, long fromTransferId, SenderChange.Told told,
            Instant changedAt) {
        TransferCrossing.requireSystem();
        Optional<ReceivedTransfer> copy = transfers.receivedFrom(fromBoard, fromTransferId);
        if (copy.isEmpty()) {
            return FollowUpResult.NOTHING_HELD;
        }
        ReceivedTransfer received = copy.get();
        boolean held = received.caseId() != null && cases.byId(received.caseId()).hold().held();
        FollowUpResult result = received.changedAtSender(told, changedAt, held, Instant.now(clock));
        if (result == FollowUpResult.COPY_REMOVED) {
            transfers.eraseFilesOf(received.id());
        }
        String from = "From " + names.inEnglish(fromBoard) + ", its case " + received.fromReference() + ": ";
        switch (result) {
            case MARKED -> timeline.record(received.caseId(), TransferAction.TRANSFER_CHANGED_THERE, from
                    + told.inEnglish() + " there; what came is marked.");
            case COPY_REMOVED -> timeline.record(received.caseId(), TransferAction.TRANSFER_COPY_REMOVED, from
                    + "the sending board removed its record, and what came is erased with it.");
            case COPY_KEPT_UNDER_HOLD -> timeline.record(received.caseId(), TransferAction.TRANSFER_COPY_KEPT, from
                    + "the sending board removed its record; what came is kept under this case's legal hold until"
                    + " the hold is lifted.");
            case NOTHING_HELD -> {
                return result;
            }
        }
        mail.changed(received, names.inEnglish(fromBoard), result);
        return result;
    }

    /**
     * Retention's step, as the board's system caller: what came that the sending board asked to remove, kept while
     * the board's own case was on legal hold, is erased once that hold is lifted. Returns how many were erased.
     */
    public int eraseReleased() {
        TransferCrossing.requireSystem();
        int erased = 0;
        for (ReceivedTransfer received : transfers.keptUnderHold()) {
            boolean held = received.caseId() != null && cases.byId(received.caseId()).hold().held();
            if (received.eraseIfReleased(held, Instant.now(clock))) {
                transfers.eraseFilesOf(received.id());
                if (!received.imported()) {
                    // The sending board is told by a process of this board's, as each board in turn (TransferCrossing).
                    Map<String, Object> variables = new HashMap<>();
                    variables.put(TransferProcess.FROM_BOARD, received.fromBoard());
                    variables.put(TransferProcess.FROM_REFERENCE, received.fromReference());
                    processes.start(TransferProcess.COPY_ERASED_KEY, received.fromReference(), variables);
                }
                timeline.record(received.caseId(), TransferAction.TRANSFER_COPY_REMOVED, "From "
                        + names.inEnglish(received) + ", its case " + received.fromReference()
                        + ": the legal hold was lifted, and what came is erased, as the sending board asked.");
                erased++;
            }
        }
        return erased;
    }

    /** The transfers the board received, newest first: the board's own cases' references read in one statement. */
    public List<ReceivedCase> receivedList() {
        CallerContext.require(Role.SENIOR);
        List<ReceivedTransfer> received = transfers.receivedNewestFirst(MOST_LISTED);
        Map<Long, String> own = transfers.caseReferences(received.stream().map(ReceivedTransfer::caseId)
                .filter(java.util.Objects::nonNull).toList());
        return received.stream().map(r -> new ReceivedCase(r, names.shown(r),
                r.caseId() == null ? null : own.get(r.caseId()), List.of())).toList();
    }

    /** The transfer {@code id} the board received, as it came. */
    public ReceivedCase received(long id) {
        CallerContext.require(Role.SENIOR);
        return view(found(id));
    }

    /** What came with the board's own case {@code reference}, when it was accepted from another board. */
    public Optional<ReceivedCase> ofCase(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.toRead(reference);
        return transfers.receivedAs(c.id()).map(this::view);
    }

    /**
     * A senior manager accepts it: a case of the board's own about the person, at the board's parent organisation
     * {@code organisationId}, raised as the board raises any (its investigation starts at triage), with what came
     * linked to it. Returns the new case's reference.
     */
    public String accept(long id, Long organisationId) {
        Caller senior = CallerContext.require(Role.SENIOR);
        ReceivedTransfer received = found(id);
        if (received.status() != ReceivedStatus.AWAITING_DECISION) {
            throw new TaskAlreadyDoneException(TransferWords.text("decide.done"));
        }
        String from = names.inEnglish(received);
        // The case's own summary points at what came instead of copying it: what came stays one record, marked when
        // the sending board changes its case and erased when it removes it.
        CaseSummary raised = caseService.raiseConcern(new NewConcern(received.subjectName(), organisationId,
                CaseSource.MANUAL, TransferWords.text(received.imported() ? "accept.summary.package"
                        : "accept.summary", names.shown(received), received.fromReference())));
        SafeguardingCase own = cases.byReference(raised.reference());
        received.accept(senior.username(), own.id(), Instant.now(clock));
        timeline.record(own.id(), TransferAction.TRANSFER_ACCEPTED, "From " + from + ", its case "
                + received.fromReference() + " (" + received.legalBasis().label() + ").");
        decided(received, true, "", raised.reference());
        return raised.reference();
    }

    /**
     * A senior manager declines it, saying why: what came is erased at once, the fact, the sending board's reference
     * and the reason kept, and the reason goes back to the sending board.
     */
    public void decline(long id, String reason) {
        Caller senior = CallerContext.require(Role.SENIOR);
        ReceivedTransfer received = found(id);
        if (received.status() != ReceivedStatus.AWAITING_DECISION) {
            throw new TaskAlreadyDoneException(TransferWords.text("decide.done"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException(Map.of("reason", TransferWords.text(received.imported()
                    ? "decline.reason.missing.package" : "decline.reason.missing")));
        }
        if (why.length() > CaseTransfer.REASON_MAX) {
            throw new InvalidInputException(Map.of("reason", TransferWords.text("input.tooLong",
                    CaseTransfer.REASON_MAX)));
        }
        received.decline(senior.username(), why, Instant.now(clock));
        transfers.eraseFilesOf(received.id());
        timeline.record(null, TransferAction.TRANSFER_DECLINED, "From " + names.inEnglish(received)
                + ", its case " + received.fromReference() + ": declined, and what came erased.");
        decided(received, false, why, "");
    }

    private void decided(ReceivedTransfer received, boolean accepted, String reason, String ownReference) {
        Map<String, Object> answer = new HashMap<>();
        answer.put(TransferProcess.ACCEPTED, accepted);
        answer.put(TransferProcess.DECISION_REASON, reason);
        answer.put(TransferProcess.THEIR_REFERENCE, ownReference);
        try {
            processes.deliver(received.processInstanceId(), TransferProcess.DECIDE, TransferProcess.DECIDED, answer);
        } catch (StepUnavailableException e) {
            // Decided a moment ago by another senior manager; or its weekly reminder ran at that moment, and it still
            // waits: nothing recorded (the decision and its erasure roll back), to be tried again.
            throw TaskAlreadyDoneException.refused(e, received.fromReference(), TransferWords.text("decide.done"));
        }
    }

    private ReceivedTransfer found(long id) {
        return transfers.received(id).orElseThrow(() -> new NotFoundException(TransferWords.text("notFound", id)));
    }

    private ReceivedCase view(ReceivedTransfer received) {
        String own = received.caseId() == null ? null : cases.byId(received.caseId()).reference();
        return new ReceivedCase(received, names.shown(received), own, transfers.filesOf(received.id()));
    }

    /**
     * The files that came with what {@code received} holds, kept beside it: each refused (nothing kept) when its
     * bytes are not those the sending board recorded. Static, not a bean's method: both sides' services keep them so.
     */
    static void keepFiles(TransferRepository transfers, ReceivedTransfer received, TransferPackage sent) {
        int position = 0;
        for (TransferPackage.File file : sent.files()) {
            transfers.add(ReceivedFile.kept(received.id(), position++, file));
        }
    }

    /** A file that came, as its reader downloads it. */
    public record FileContent(String fileName, String contentType, byte[] content) {
    }

    /**
     * The file {@code id} that came with a transfer the board received: for its senior managers; for its officers
     * once it was accepted as a case of the board's own they may read. Gone once what came was erased.
     */
    public FileContent file(long id) {
        Caller reader = CallerContext.require(Role.OFFICER, Role.SENIOR);
        ReceivedFile file = transfers.file(id).orElseThrow(() -> new NotFoundException(TransferWords.text(
                "file.notFound")));
        ReceivedTransfer received = found(file.transferId());
        if (!reader.has(Role.SENIOR)) {
            if (received.caseId() == null) {
                throw new NotFoundException(TransferWords.text("file.notFound"));
            }
            cases.toRead(cases.byId(received.caseId()).reference());
        }
        return new FileContent(file.fileName(), file.contentType(), file.content());
    }

}
