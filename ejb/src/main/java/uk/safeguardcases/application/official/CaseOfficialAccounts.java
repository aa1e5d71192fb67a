package uk.safeguardcases.application.official;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * An investigation about the use of one of the board's official accounts (CHSCB authorised use 3.3, 4, 5): the case
 * names the account, and its page shows the account with its accredited users.
 */
@Stateless
public class CaseOfficialAccounts {

    @Inject
    private OfficialAccountRepository accounts;

    @Inject
    private PersonRepository people;

    @Inject
    private CaseLookup cases;

    @Inject
    private TimelineService timeline;

    /** An investigation is about the use of one of the board's official accounts (null: about none). */
    public void linkCase(String caseReference, Long accountId) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.byReference(caseReference);
        OfficialAccount account = accountId == null ? null : AccountSteps.account(accounts, accountId);
        c.concernsOfficialAccount(account == null ? null : account.id());
        timeline.record(c.id(), AuditAction.CASE_OFFICIAL_ACCOUNT_NAMED, account == null
                ? "The case is not about an official account."
                : "The case is about the official account " + account.handle() + " (" + account.platform().label()
                        + ").");
    }

    /** The official account a case is about, with its accredited users; empty for none. */
    public Optional<OfficialAccountView> accountOfCase(String caseReference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.toRead(caseReference);
        return c.officialAccountId() == null ? Optional.empty()
                : accounts.account(c.officialAccountId()).map(a -> AccountViews.of(a, accounts, people));
    }
}
