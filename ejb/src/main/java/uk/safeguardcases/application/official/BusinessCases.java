package uk.safeguardcases.application.official;

import static uk.safeguardcases.application.official.AccountSteps.check;
import static uk.safeguardcases.application.official.AccountSteps.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.cases.SeriesReferences;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountProcess;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.official.OfficialAccountRequest;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * CHSCB authorised use 2.1: "If a safeguarding partner wishes to become an authorised user and open a new authorised
 * account, they must first produce a brief business case". A partner makes one, follows it and answers the board's
 * consultation; the board's officers and senior managers read them all. The board decides them
 * ({@link BusinessCaseDecisions}).
 */
@Stateless
public class BusinessCases {

    /** Anyone of the board may make a business case (2.1: "a safeguarding partner"). */
    private static final Role[] PARTNERS = {Role.MEMBER, Role.OFFICER, Role.SENIOR, Role.HR, Role.ADMIN};

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private SeriesReferences references;

    @Inject
    private OfficialAccountRequestReferences series;

    @Inject
    private OfficialAccountRepository accounts;

    @Inject
    private PersonRepository people;

    @Inject
    private BoardRepository boards;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    /** 2.1: a partner asks for a new official account with a brief business case; answers its reference. */
    public String request(OfficialAccountRequestDetails input) {
        Caller caller = CallerContext.require(PARTNERS);
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.platform() == null) {
            problems.put("platform", AccountWords.text("official.platform.missing"));
        }
        String handle = text(problems, "handle", OfficialAccount.normalHandle(input.handle()), 100,
                AccountWords.text("official.handle.missing"));
        String name = text(problems, "setUpName", input.setUpName(), 200,
                AccountWords.text("official.setUpName.missing"));
        String title = text(problems, "jobTitle", input.jobTitle(), 200,
                AccountWords.text("official.jobTitle.missing"));
        String bio = text(problems, "biographyRole", input.biographyRole(), 500, null);
        String businessCase = text(problems, "businessCase", input.businessCase(), 4000,
                AccountWords.text("official.businessCase.missing"));
        if (problems.isEmpty() && accounts.byHandle(input.platform(), handle).isPresent()) {
            problems.put("handle", AccountWords.text("official.handle.registered"));
        }
        check(problems);
        Board board = boards.current();
        // Two requests made at once queue here for the board's next number (held until commit).
        boards.lock(board);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int year = LocalDate.now(clock.withZone(WorkingCalendar.UK)).getYear();
        String reference = references.next(board.id(), board.referencePrefix(), series, year);
        OfficialAccountRequest request = new OfficialAccountRequest(reference, caller.username(), now,
                input.platform(), handle, name, title, bio.isEmpty() ? null : bio, businessCase);
        accounts.add(request);
        request.startedAs(processes.start(OfficialAccountProcess.REQUEST, reference, Map.of(
                OfficialAccountProcess.REQUEST_ID, request.id(),
                OfficialAccountProcess.REQUESTED_BY, caller.username())));
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_REQUESTED, reference + ": a business case for "
                + handle + " (" + input.platform().label() + ") by " + caller.displayName() + ".");
        return reference;
    }

    /** The caller's own business cases, newest first. */
    public List<OfficialAccountRequestView> myRequests() {
        Caller caller = CallerContext.require(PARTNERS);
        return AccountViews.of(accounts.requestsBy(caller.username()), caller, people);
    }

    /** The board's business cases, newest first: for its officers and senior managers. */
    public List<OfficialAccountRequestView> requests() {
        Caller caller = CallerContext.require(Role.OFFICER, Role.SENIOR);
        return AccountViews.of(accounts.requests(), caller, people);
    }

    /** One business case: for the board's officers and seniors, and for whoever made it. */
    public OfficialAccountRequestView request(String reference) {
        Caller caller = CallerContext.require(PARTNERS);
        OfficialAccountRequest r = AccountSteps.request(accounts, reference);
        if (!caller.has(Role.OFFICER) && !caller.has(Role.SENIOR) && !r.madeBy(caller.username())) {
            throw AccountSteps.notFound(reference);
        }
        return AccountViews.of(List.of(r), caller, people).get(0);
    }

    /** The requester answers the board's consultation (2.2); then it is decided again. */
    public void answerConsultation(String reference, String answer) {
        Caller caller = CallerContext.require(PARTNERS);
        OfficialAccountRequest r = AccountSteps.request(accounts, reference);
        if (!r.madeBy(caller.username())) {
            throw AccountSteps.notFound(reference);
        }
        if (!r.answerableBy(caller.username())) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", r.reference()));
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String said = text(problems, "consultationAnswer", answer, 4000, AccountWords.text("official.answer.missing"));
        check(problems);
        AccountSteps.complete(processes, r, OfficialAccountProcess.ANSWER_CONSULTATION, caller.username(), null);
        r.answerConsultation(said);
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_CONSULTATION_ANSWERED, r.reference()
                + ": the requester answered the consultation; to be decided again.");
    }
}
