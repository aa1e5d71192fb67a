package uk.safeguardcases.application.official;

import static uk.safeguardcases.application.official.AccountSteps.check;
import static uk.safeguardcases.application.official.AccountSteps.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountDecision;
import uk.safeguardcases.domain.official.OfficialAccountProcess;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.official.OfficialAccountRequest;
import uk.safeguardcases.domain.people.Role;

/**
 * CHSCB authorised use 2.2: the board decides a business case, by a senior manager who did not make it (four eyes,
 * {@link OfficialAccountRequest#decidableBy}): approved, and the account registered as asked with its profile
 * picture checked (2.3-2.4); further consultation with the requester first; or refused.
 */
@Stateless
public class BusinessCaseDecisions {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private OfficialAccountRepository accounts;

    @Inject
    private Processes processes;

    @Inject
    private TimelineService timeline;

    /**
     * 2.2-2.4: the board approves the account and registers it as asked, with the head-and-shoulders profile picture
     * checked (by the decider, recorded). Never by the requester. Answers the account's id.
     */
    public long approve(String reference, String note, boolean pictureChecked) {
        Caller caller = CallerContext.require(Role.SENIOR);
        OfficialAccountRequest r = decidable(reference, caller);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = text(problems, "decisionNote", note, 2000, null);
        if (!pictureChecked) {
            problems.put("pictureChecked", AccountWords.text("official.picture.unchecked"));
        }
        if (accounts.byHandle(r.platform(), r.handle()).isPresent()) {
            problems.put("decisionNote", AccountWords.text("official.handle.registered"));
        }
        check(problems);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        OfficialAccount account = new OfficialAccount(r.platform(), r.handle(), r.requestedBy(), r.setUpName(),
                r.jobTitle(), r.biographyRole(), false, caller.username(), now);
        AccountSteps.complete(processes, r, OfficialAccountProcess.DECIDE, caller.username(),
                OfficialAccountDecision.APPROVED);
        accounts.add(account);
        r.approve(caller.username(), now, why.isEmpty() ? null : why, account.id());
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_APPROVED, r.reference() + ": approved by "
                + caller.displayName() + ".");
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_REGISTERED, r.handle() + " (" + r.platform().label()
                + ") registered, set up as " + r.setUpName() + ", " + r.jobTitle()
                + "; head-and-shoulders profile picture checked by " + caller.displayName() + ".");
        return account.id();
    }

    /** 2.2: further consultation with the requester is required; they answer, then it is decided again. */
    public void consult(String reference, String question) {
        Caller caller = CallerContext.require(Role.SENIOR);
        OfficialAccountRequest r = decidable(reference, caller);
        Map<String, String> problems = new LinkedHashMap<>();
        String asked = text(problems, "consultationQuestion", question, 2000,
                AccountWords.text("official.consultation.missing"));
        check(problems);
        AccountSteps.complete(processes, r, OfficialAccountProcess.DECIDE, caller.username(),
                OfficialAccountDecision.FURTHER_CONSULTATION);
        r.consult(caller.username(), asked);
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_CONSULTATION, r.reference()
                + ": further consultation with the requester required.");
    }

    /** 2.2: refused, with the board's reason. */
    public void refuse(String reference, String reason) {
        Caller caller = CallerContext.require(Role.SENIOR);
        OfficialAccountRequest r = decidable(reference, caller);
        Map<String, String> problems = new LinkedHashMap<>();
        String why = text(problems, "decisionNote", reason, 2000, AccountWords.text("official.refusal.reasonMissing"));
        check(problems);
        AccountSteps.complete(processes, r, OfficialAccountProcess.DECIDE, caller.username(),
                OfficialAccountDecision.REFUSED);
        r.refuse(caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS), why);
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_REFUSED, r.reference() + ": refused by "
                + caller.displayName() + ".");
    }

    private OfficialAccountRequest decidable(String reference, Caller caller) {
        OfficialAccountRequest r = AccountSteps.request(accounts, reference);
        if (!r.decidableBy(caller.username())) {
            throw new AccessRefusedException(AccountWords.text("official.ownRequest"));
        }
        if (!r.awaitingDecision()) {
            throw new TaskAlreadyDoneException(Texts.text("task.noLongerOpen", r.reference()));
        }
        return r;
    }
}
