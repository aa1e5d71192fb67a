package uk.safeguardcases.application.investigation;

import java.time.Clock;
import uk.safeguardcases.domain.cases.CaseRepository;
import uk.safeguardcases.application.PlainFormat;
import java.util.List;
import java.util.ArrayList;
import uk.safeguardcases.domain.audit.AuditAction;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.AllegationFinding;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.Finding;
import uk.safeguardcases.domain.cases.LegalHold;
import uk.safeguardcases.domain.cases.RetentionPeriod;
import uk.safeguardcases.domain.cases.RetentionRule;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.people.Role;

/**
 * What decides how long a case is kept (see {@link RetentionRule}): the member's date of birth, for their
 * pension age, and the finding on the allegation once the case is closed. Each change is written to the
 * timeline with the new "keep until" date; the date of birth itself is not.
 */
@Stateless
public class CaseRetention {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    private static final int YOUNGEST = 14;
    private static final int OLDEST = 100;

    @Inject
    private CaseLookup cases;

    @Inject
    private CaseRepository caseRecords;

    @Inject
    private TimelineService timeline;

    @Inject
    private uk.safeguardcases.domain.board.BoardRepository boards;

    public RetentionView of(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.toRead(reference);
        RetentionPeriod kept = c.retention();
        Finding finding = c.finding();
        LegalHold hold = c.hold();
        return new RetentionView(c.status() == CaseStatus.CLOSED, c.closure().summary(), kept.until(),
                kept.basis() == null ? null : kept.basis().name(), c.subjectDateOfBirth(),
                finding.found() == null ? null : finding.found().name(), finding.recordedBy(),
                finding.recordedAt(), hold.heldAt(), hold.heldBy(), hold.reason(), c.removedAt(),
                finding.proposed() == null ? null : finding.proposed().name(), finding.proposedBy(),
                finding.proposedAt(), finding.proposalReason(),
                CallerContext.current().has(Role.SENIOR)
                        && finding.mayDecideProposal(CallerContext.current().username()),
                finding.agreedBy(), kept.removalNotBefore(),
                c.reopeningRefused(LocalDate.now(clock.withZone(WorkingCalendar.UK))) == null ? null
                        : c.reopeningRefused(LocalDate.now(clock.withZone(WorkingCalendar.UK))).name(),
                caseRecords.hasAllegation(c.id()));
    }

    /** The board's cooling-off period in days, for the check steps that say what a decision will do. */
    public int coolingOffDays() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return boards.current().coolingOff().days();
    }

    /**
     * A senior manager puts the case on legal hold (a tribunal, a police investigation, a complaint): it is not
     * removed when its retention date passes, until a senior lifts the hold. Both are written to the timeline.
     */
    public void hold(String reference, String reason) {
        Caller caller = CallerContext.require(Role.SENIOR);
        String why = holdReason(reason);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        if (safeguardingCase.hold().held()) {
            throw new TaskAlreadyDoneException(Texts.text("hold.already", safeguardingCase.reference()));
        }
        hold(safeguardingCase, caller, why);
    }

    /**
     * Holds every case about the person this case is about, as a tribunal or a police investigation about them
     * needs: by their account, or by the name they were raised under when they have none. Cases already held or
     * removed are left as they are. Answers the references held now, this case's first.
     */
    public List<String> holdEveryCaseAbout(String reference, String reason) {
        Caller caller = CallerContext.require(Role.SENIOR);
        String why = holdReason(reason);
        SafeguardingCase named = cases.byReference(reference);
        List<SafeguardingCase> about = new ArrayList<>(named.subjectPersonId() != null
                ? caseRecords.about(named.subjectPersonId()) : caseRecords.aboutNamed(named.subjectName()));
        about.sort(java.util.Comparator.comparing((SafeguardingCase c) -> !c.reference().equals(reference))
                .thenComparing(SafeguardingCase::reference));
        List<String> held = new ArrayList<>();
        for (SafeguardingCase c : about) {
            if (!c.hold().held() && c.removedAt() == null) {
                hold(c, caller, why);
                held.add(c.reference());
            }
        }
        return held;
    }

    private static String holdReason(String reason) {
        Map<String, String> problems = new LinkedHashMap<>();
        String why = Inputs.text(problems, "holdReason", reason, 1000, Texts.text("hold.reason.missing"));
        Inputs.check(problems);
        return why;
    }

    private void hold(SafeguardingCase safeguardingCase, Caller caller, String why) {
        safeguardingCase.hold().place(caller.username(), why, Instant.now(clock));
        timeline.record(safeguardingCase.id(), AuditAction.LEGAL_HOLD_PLACED, why);
    }

    /** A senior manager lifts the hold, saying why; the case is kept until its retention date again. */
    public void liftHold(String reference, String reason) {
        CallerContext.require(Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = Inputs.text(problems, "liftReason", reason, 1000, Texts.text("hold.liftReason.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        if (!safeguardingCase.hold().held()) {
            throw new TaskAlreadyDoneException(Texts.text("hold.notHeld", safeguardingCase.reference()));
        }
        safeguardingCase.hold().lift();
        timeline.record(safeguardingCase.id(), AuditAction.LEGAL_HOLD_LIFTED, why
                + (safeguardingCase.retention().until() == null ? "" : " " + keptUntil(safeguardingCase)));
    }

    public void recordDateOfBirth(String reference, LocalDate dateOfBirth) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate raisedOn = safeguardingCase.raisedAt().atZone(WorkingCalendar.UK).toLocalDate();
        if (dateOfBirth == null) {
            problems.put("dateOfBirth", Texts.text("retention.dateOfBirth.missing"));
        } else if (dateOfBirth.isAfter(raisedOn.minusYears(YOUNGEST))) {
            problems.put("dateOfBirth", Texts.text("retention.dateOfBirth.tooYoung", YOUNGEST));
        } else if (Period.between(dateOfBirth, raisedOn).getYears() >= OLDEST) {
            problems.put("dateOfBirth", Texts.text("retention.dateOfBirth.tooOld", OLDEST));
        }
        Inputs.check(problems);
        safeguardingCase.recordDateOfBirth(dateOfBirth, Instant.now(clock), WorkingCalendar.UK);
        timeline.record(safeguardingCase.id(), AuditAction.DATE_OF_BIRTH_RECORDED, safeguardingCase.status() == CaseStatus.CLOSED
                ? keptUntil(safeguardingCase) : "For the retention date when the case is closed.");
    }

    /**
     * The finding on the allegation (Keeping Children Safe in Education). Only once the case is closed, and only on a
     * case with an allegation (one closed at triage with none has nothing to find on); false
     * and malicious, which let the record be removed, are for a senior manager to propose and for a second senior
     * manager to agree ({@link #agreeFinding}); until then the record is kept as it was.
     */
    public void recordFinding(String reference, AllegationFinding finding, String reason) {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        if (finding == null) {
            problems.put("finding", Texts.text("retention.finding.missing"));
        }
        String why = Inputs.text(problems, "reason", reason, 4000, Texts.text("retention.reason.missing"));
        Inputs.check(problems);
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        if (safeguardingCase.status() != CaseStatus.CLOSED) {
            throw new TaskAlreadyDoneException(Texts.text("retention.finding.notClosed",
                    safeguardingCase.reference()));
        }
        if (!caseRecords.hasAllegation(safeguardingCase.id())) {
            throw new TaskAlreadyDoneException(Texts.text("retention.finding.noAllegation",
                    safeguardingCase.reference()));
        }
        if (finding.removedFromRecords() && !caller.has(Role.SENIOR)) {
            throw new AccessRefusedException(Texts.text("retention.finding.seniorOnly"));
        }
        if (safeguardingCase.finding().awaitsSecondSenior()) {
            throw new TaskAlreadyDoneException(Texts.text("retention.finding.awaitsSecondSenior",
                    safeguardingCase.reference()));
        }
        if (finding.removedFromRecords()) {
            safeguardingCase.proposeFinding(finding, caller.username(), why, Instant.now(clock));
            timeline.record(safeguardingCase.id(), AuditAction.FINDING_PROPOSED, finding.label() + ": " + why
                    + " A second senior manager is to agree it before the record can be removed.");
            return;
        }
        safeguardingCase.recordFinding(finding, caller.username(), Instant.now(clock), WorkingCalendar.UK);
        timeline.record(safeguardingCase.id(), finding.findingAction(),
                why + " " + keptUntil(safeguardingCase));
    }

    /**
     * A second senior manager (not the one who proposed it) agrees the false or malicious finding, saying why: it is
     * recorded, and the record may be removed once the board's cooling-off period has passed.
     */
    public void agreeFinding(String reference, String reason) {
        Caller caller = CallerContext.require(Role.SENIOR);
        String why = proposalReason(reason, Texts.text("retention.agreeReason.missing"));
        SafeguardingCase safeguardingCase = proposalFor(reference, caller);
        AllegationFinding finding = safeguardingCase.finding().proposed();
        safeguardingCase.agreeFinding(caller.username(), Instant.now(clock), WorkingCalendar.UK,
                boards.current().coolingOff());
        timeline.record(safeguardingCase.id(), AuditAction.FINDING_AGREED, finding.label() + ": " + why + " "
                + keptUntil(safeguardingCase) + " Not removed before "
                + PlainFormat.day(Locale.ENGLISH, safeguardingCase.retention().removalNotBefore())
                + " (the board's cooling-off period).");
    }

    /** A second senior manager refuses the false or malicious finding, saying why: the record is kept as it was. */
    public void refuseFinding(String reference, String reason) {
        Caller caller = CallerContext.require(Role.SENIOR);
        String why = proposalReason(reason, Texts.text("retention.refuseReason.missing"));
        SafeguardingCase safeguardingCase = proposalFor(reference, caller);
        AllegationFinding finding = safeguardingCase.finding().proposed();
        safeguardingCase.finding().refuse(caller.username());
        timeline.record(safeguardingCase.id(), AuditAction.FINDING_REFUSED, finding.label() + " refused: " + why);
    }

    /** The board's closed cases whose false or malicious finding waits for a senior manager other than the caller. */
    public List<SafeguardingCase> awaitingSecondSenior() {
        Caller caller = CallerContext.require(Role.SENIOR);
        return caseRecords.awaitingSecondSenior().stream().filter(c -> c.finding().mayDecideProposal(caller.username()))
                .toList();
    }

    private static String proposalReason(String reason, String missing) {
        Map<String, String> problems = new LinkedHashMap<>();
        String why = Inputs.text(problems, "proposalReason", reason, 1000, missing);
        Inputs.check(problems);
        return why;
    }

    private SafeguardingCase proposalFor(String reference, Caller caller) {
        SafeguardingCase safeguardingCase = cases.byReference(reference);
        if (!safeguardingCase.finding().awaitsSecondSenior()) {
            throw new TaskAlreadyDoneException(Texts.text("retention.proposal.none", safeguardingCase.reference()));
        }
        if (!safeguardingCase.finding().mayDecideProposal(caller.username())) {
            throw new AccessRefusedException(Texts.text("retention.proposal.secondSenior"));
        }
        return safeguardingCase;
    }

    private static String keptUntil(SafeguardingCase safeguardingCase) {
        return "Kept until " + PlainFormat.day(Locale.ENGLISH, safeguardingCase.retention().until()) + " ("
                + safeguardingCase.retention().basis().label().toLowerCase(Locale.UK) + ").";
    }
}
