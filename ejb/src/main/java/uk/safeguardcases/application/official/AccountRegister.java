package uk.safeguardcases.application.official;

import static uk.safeguardcases.application.official.AccountSteps.check;
import static uk.safeguardcases.application.official.AccountSteps.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The board's register of its official accounts (CHSCB authorised use 2.3-2.6), each with its accredited users: an
 * approved business case registers its account ({@link BusinessCaseDecisions}); an account the board already runs,
 * such as its shared one, is registered here directly.
 */
@Stateless
public class AccountRegister {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private OfficialAccountRepository accounts;

    @Inject
    private PersonRepository people;

    @Inject
    private TimelineService timeline;

    /**
     * Registers an account the board already runs, such as its shared account (2.5-2.6), without a business case:
     * by a senior manager, who checks its profile picture (2.4). Answers its id.
     */
    public long register(Platform platform, String handle, String ownerUsername, String setUpName, String jobTitle,
            String biographyRole, boolean shared, boolean pictureChecked) {
        Caller caller = CallerContext.require(Role.SENIOR);
        Map<String, String> problems = new LinkedHashMap<>();
        if (platform == null) {
            problems.put("platform", AccountWords.text("official.platform.missing"));
        }
        String h = text(problems, "handle", OfficialAccount.normalHandle(handle), 100,
                AccountWords.text("official.handle.missing"));
        String name = text(problems, "setUpName", setUpName, 200, AccountWords.text("official.setUpName.missing"));
        String title = text(problems, "jobTitle", jobTitle, 200, AccountWords.text("official.jobTitle.missing"));
        String bio = text(problems, "biographyRole", biographyRole, 500, null);
        String owner = ownerUsername == null ? "" : ownerUsername.strip();
        if (people.byUsername(owner).isEmpty()) {
            problems.put("owner", AccountWords.text("official.person.unknown"));
        }
        if (!pictureChecked) {
            problems.put("pictureChecked", AccountWords.text("official.picture.unchecked"));
        }
        if (platform != null && !h.isEmpty() && accounts.byHandle(platform, h).isPresent()) {
            problems.put("handle", AccountWords.text("official.handle.registered"));
        }
        check(problems);
        OfficialAccount account = new OfficialAccount(platform, h, owner, name, title, bio.isEmpty() ? null : bio,
                shared, caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        accounts.add(account);
        timeline.record(null, AuditAction.OFFICIAL_ACCOUNT_REGISTERED, h + " (" + platform.label() + ") registered"
                + (shared ? " as the board's shared account" : "") + ", set up as " + name + ", " + title
                + "; head-and-shoulders profile picture checked by " + caller.displayName() + ".");
        return account.id();
    }

    /** The register: every official account of the board with its accredited users. */
    public List<OfficialAccountView> register() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return accounts.accounts().stream().map(a -> AccountViews.of(a, accounts, people)).toList();
    }

    /**
     * The board's accounts to choose from on a case's page: handle and platform only, without the users, names and
     * accreditations each account's full view reads (a query or more an account, on every opening of a case).
     */
    public List<OfficialAccountChoice> choices() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return accounts.accounts().stream().map(a -> new OfficialAccountChoice(a.id(), a.platform(), a.handle()))
                .toList();
    }

    /** One account of the register; another board's is not found. */
    public OfficialAccountView account(long id) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        return AccountViews.of(AccountSteps.account(accounts, id), accounts, people);
    }

    /** The people of the board, by user name, for choosing whom to accredit, list or make an account's owner. */
    public Map<String, String> boardPeople() {
        CallerContext.require(Role.SENIOR);
        return people.activeNames();
    }
}
