package uk.safeguardcases.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.administration.AdminClause;
import uk.safeguardcases.application.administration.AdminOrganisation;
import uk.safeguardcases.application.administration.AdminPerson;
import uk.safeguardcases.application.administration.AuditLine;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.ClauseCatalogue;
import uk.safeguardcases.application.administration.ClauseChange;
import uk.safeguardcases.application.administration.DeadlineSettings;
import uk.safeguardcases.application.administration.OrganisationAdministration;
import uk.safeguardcases.application.administration.OrganisationRemoval;
import uk.safeguardcases.application.administration.PeopleAdministration;
import uk.safeguardcases.application.api.PersonalAccessTokens;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.people.Accounts;
import uk.safeguardcases.application.people.PasswordChecked;
import uk.safeguardcases.application.people.PeopleDirectory;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.api.PersonalAccessToken;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.people.Role;

/** The board administrator's workspace: each kind of change works, is audited, and stays on its own board. */
@ExtendWith(ArquillianExtension.class)
class BoardAdministrationIT {

    private static final String DEMO_PASSWORD = "Safeguard-Demo-2026";
    private static final String SIGN_IN_FAILED = "The user name or password is not correct.";
    private static final String INITIAL_PASSWORD = "Kettle-Lantern-Orchard-42";

    private static final Caller CHSCB_ADMIN = new Caller("chscb.admin", "Adam Ali", "chscb", Set.of(Role.ADMIN), null);
    private static final Caller NSCB_ADMIN = new Caller("nscb.admin", "Adam Ali", "nscb", Set.of(Role.ADMIN), null);
    private static final Caller LSCB_ADMIN = new Caller("lscb.admin", "Adam Ali", "lscb", Set.of(Role.ADMIN), null);
    private static final Caller CHSCB_OFFICER = new Caller("chscb.officer", "Olivia Okafor", "chscb",
            Set.of(Role.OFFICER), null);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(BoardAdministrationIT.class);
    }

    @ArquillianResource
    private URL baseUrl;

    @Inject
    private OrganisationAdministration organisations;

    @Inject
    private PeopleAdministration people;

    @Inject
    private ClauseCatalogue catalogue;

    @Inject
    private BoardSettings settings;

    @Inject
    private BoardService boards;

    @Inject
    private PeopleDirectory directory;

    @Inject
    private Accounts accounts;

    /** Signs in as the sign-in form does (lockout, throttling and all): the caller, or empty when refused. */
    private Optional<Caller> signIn(String username, char[] password) {
        PasswordChecked checked = accounts.checkPassword(username, password, "192.0.2.10");
        return checked.ok() ? directory.callerFor(checked.username()) : Optional.empty();
    }

    @Inject
    private TimelineService timeline;

    @Inject
    private CaseService cases;

    @Inject
    private AllegationService allegations;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private <T> T as(Caller caller, java.util.concurrent.Callable<T> work) {
        return CallerContext.runAs(caller, work);
    }

    private AuditLine latestChange(Caller admin) {
        return as(admin, () -> settings.recentChanges(1)).get(0);
    }

    // ---- organisations ----------------------------------------------------------------------------------

    @Test
    void anOrganisationIsAddedChangedAndDeletedWithEachStepAudited() {
        String name = "Test Trust " + unique();
        AdminOrganisation added = as(CHSCB_ADMIN, () -> organisations.add(name, OrganisationKind.NHS_TRUST,
                "hr@test-trust.example.org", null));
        assertTrue(as(CHSCB_ADMIN, () -> boards.organisations()).stream().anyMatch(o -> o.id().equals(added.id())));
        AuditLine addedEntry = latestChange(CHSCB_ADMIN);
        assertEquals("Organisation added", addedEntry.action());
        assertEquals("chscb.admin", addedEntry.actor());
        assertTrue(addedEntry.detail().contains(name), addedEntry.detail());

        AdminOrganisation changed = as(CHSCB_ADMIN, () -> organisations.change(added.id(), name,
                OrganisationKind.CHARITY, "people@test-trust.example.org", null));
        assertEquals(OrganisationKind.CHARITY, changed.kind());
        AuditLine changedEntry = latestChange(CHSCB_ADMIN);
        assertEquals("Organisation changed", changedEntry.action());
        assertTrue(changedEntry.detail().contains("HR e-mail: 'hr@test-trust.example.org' → 'people@test-trust.example.org'"),
                changedEntry.detail());
        assertTrue(changedEntry.detail().contains("kind: 'NHS trust or health board' → 'Charity'"), changedEntry.detail());

        assertEquals(OrganisationRemoval.DELETED, as(CHSCB_ADMIN, () -> organisations.remove(added.id())));
        assertThrows(NotFoundException.class, () -> as(CHSCB_ADMIN, () -> organisations.organisation(added.id())));
        assertEquals("Organisation deleted", latestChange(CHSCB_ADMIN).action());
        assertTrue(as(CHSCB_ADMIN, () -> timeline.verify()).intact(), "the audit chain still verifies");
    }

    @Test
    void anOrganisationSomeoneBelongsToIsDeactivatedNotDeletedAndCanBeReactivated() {
        AdminOrganisation organisation = as(CHSCB_ADMIN, () -> organisations.add("Test School " + unique(),
                OrganisationKind.SCHOOL, "hr@test-school.example.org", null));
        String username = "member." + unique();
        as(CHSCB_ADMIN, () -> people.add(username, "Mina Member", "mina@example.org", EnumSet.of(Role.MEMBER),
                organisation.id(), INITIAL_PASSWORD.toCharArray()));

        assertEquals(OrganisationRemoval.DEACTIVATED, as(CHSCB_ADMIN, () -> organisations.remove(organisation.id())));
        assertFalse(as(CHSCB_ADMIN, () -> organisations.organisation(organisation.id())).active());
        assertFalse(as(CHSCB_OFFICER, () -> boards.organisations()).stream()
                .anyMatch(o -> o.id().equals(organisation.id())), "not offered for new cases");
        assertEquals("Organisation deactivated", latestChange(CHSCB_ADMIN).action());

        as(CHSCB_ADMIN, () -> organisations.reactivate(organisation.id()));
        assertTrue(as(CHSCB_OFFICER, () -> boards.organisations()).stream()
                .anyMatch(o -> o.id().equals(organisation.id())));
        assertEquals("Organisation reactivated", latestChange(CHSCB_ADMIN).action());
    }

    @Test
    void anInvalidOrganisationGetsAMessagePerFieldAndNothingIsSaved() {
        int before = as(CHSCB_ADMIN, () -> organisations.organisations()).size();
        long auditBefore = latestChange(CHSCB_ADMIN).sequence();
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> as(CHSCB_ADMIN, () -> organisations.add("  ", null, "not an address", null)));
        assertEquals(Set.of("name", "kind", "hrEmail"), invalid.fieldMessages().keySet());
        assertEquals("Enter the organisation's name.", invalid.fieldMessages().get("name"));

        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> as(CHSCB_ADMIN, () -> organisations.add("metropolitan police service", OrganisationKind.POLICE,
                        "hr@example.org", null)));
        assertTrue(duplicate.fieldMessages().get("name").contains("already has an organisation"));

        assertEquals(before, as(CHSCB_ADMIN, () -> organisations.organisations()).size());
        assertEquals(auditBefore, latestChange(CHSCB_ADMIN).sequence(), "nothing audited");
    }

    // ---- people ------------------------------------------------------------------------------------------

    @Test
    void aNewPersonSignsInWithTheInitialPasswordUntilDeactivated() {
        String username = "officer." + unique();
        AdminPerson added = as(CHSCB_ADMIN, () -> people.add(username, "Nia New", "nia@example.org",
                EnumSet.of(Role.OFFICER, Role.SENIOR), null, INITIAL_PASSWORD.toCharArray()));
        Caller signedIn = signIn(username, INITIAL_PASSWORD.toCharArray()).orElseThrow();
        assertEquals("chscb", signedIn.tenantId());
        assertEquals(Set.of(Role.OFFICER, Role.SENIOR), signedIn.roles());
        assertTrue(signIn(username, "wrong-password-here".toCharArray()).isEmpty());
        AuditLine entry = latestChange(CHSCB_ADMIN);
        assertEquals("Person added", entry.action());
        assertTrue(entry.detail().contains(username) && entry.detail().contains("Compliance officer, Senior manager"),
                entry.detail());
        assertFalse(entry.detail().contains(INITIAL_PASSWORD), "no password in the audit");

        as(CHSCB_ADMIN, () -> people.deactivate(added.id()));
        assertTrue(signIn(username, INITIAL_PASSWORD.toCharArray()).isEmpty(), "deactivated: no sign-in");
        assertEquals("Person deactivated", latestChange(CHSCB_ADMIN).action());

        as(CHSCB_ADMIN, () -> people.reactivate(added.id()));
        assertTrue(signIn(username, INITIAL_PASSWORD.toCharArray()).isPresent());
        assertEquals("Person reactivated", latestChange(CHSCB_ADMIN).action());
    }

    @Inject
    private PersonalAccessTokens tokens;

    /** Issue 60: a deactivated person's personal access tokens are revoked for good; reactivation revives none. */
    @Test
    void aDeactivatedPersonsTokensStayRevokedWhenThePersonIsReactivated() {
        String username = "officer." + unique();
        AdminPerson added = as(CHSCB_ADMIN, () -> people.add(username, "Gwenllian Ŵyn-Prŷs", "gwen@example.org",
                EnumSet.of(Role.OFFICER), null, INITIAL_PASSWORD.toCharArray()));
        Caller gwen = directory.callerFor(username).orElseThrow();
        String name = "Adroddiad “wythnosol” y bwrdd 📊";
        String token = as(gwen, () -> tokens.issue(name, PersonalAccessToken.Scope.READ, 30)).token();
        assertTrue(tokens.callerFor(token, "GET", "/api/cases").isPresent(), "the token works while she is active");

        as(CHSCB_ADMIN, () -> people.deactivate(added.id()));
        assertTrue(tokens.callerFor(token, "GET", "/api/cases").isEmpty(), "deactivated: the token is refused");
        List<AuditLine> changes = as(CHSCB_ADMIN, () -> settings.recentChanges(2));
        assertEquals("Personal access token revoked", changes.get(0).action());
        assertTrue(changes.get(0).detail().contains(username + ": \"" + name + "\"")
                && changes.get(0).detail().contains("deactivated"), changes.get(0).detail());
        assertEquals("Person deactivated", changes.get(1).action());

        as(CHSCB_ADMIN, () -> people.reactivate(added.id()));
        assertTrue(signIn(username, INITIAL_PASSWORD.toCharArray()).isPresent(), "she signs in again");
        assertTrue(tokens.callerFor(token, "GET", "/api/cases").isEmpty(), "reactivated: the old token stays revoked");
        List<PersonalAccessTokens.TokenView> hers = as(gwen, () -> tokens.mine());
        assertEquals(1, hers.size());
        assertFalse(hers.get(0).isActive(), "her account page shows it revoked");
        String fresh = as(gwen, () -> tokens.issue("Un newydd", PersonalAccessToken.Scope.READ, 7)).token();
        assertEquals(username, tokens.callerFor(fresh, "GET", "/api/cases").orElseThrow().caller().username(),
                "a token issued after reactivation works");
    }

    @Test
    void rolesAndOrganisationChangeAndTheChangeIsAuditedWithBeforeAndAfter() {
        String username = "hr." + unique();
        Long organisation = as(CHSCB_ADMIN, () -> boards.organisations()).get(0).id();
        AdminPerson added = as(CHSCB_ADMIN, () -> people.add(username, "Hana HR", "hana@example.org",
                EnumSet.of(Role.HR), organisation, INITIAL_PASSWORD.toCharArray()));
        assertEquals(organisation, added.organisationId());

        AdminPerson changed = as(CHSCB_ADMIN, () -> people.change(added.id(), "Hana Hughes", "hana@example.org",
                EnumSet.of(Role.OFFICER), organisation));
        assertEquals(Set.of(Role.OFFICER), changed.roles());
        assertEquals(null, changed.organisationId(), "board staff belong to no parent organisation");
        AuditLine entry = latestChange(CHSCB_ADMIN);
        assertEquals("Person changed", entry.action());
        assertTrue(entry.detail().contains("roles: 'HR partner' → 'Compliance officer'"), entry.detail());
        assertTrue(entry.detail().contains("name: 'Hana HR' → 'Hana Hughes'"), entry.detail());
        assertEquals(Set.of(Role.OFFICER), signIn(username, INITIAL_PASSWORD.toCharArray())
                .orElseThrow().roles());
    }

    @Test
    void invalidPeopleGetAMessagePerFieldAndUserNamesAreUniqueAcrossBoards() {
        int before = as(NSCB_ADMIN, () -> people.people()).size();
        InvalidInputException taken = assertThrows(InvalidInputException.class,
                () -> as(NSCB_ADMIN, () -> people.add("CHSCB.Officer", "Someone", "someone@example.org",
                        EnumSet.of(Role.OFFICER), null, INITIAL_PASSWORD.toCharArray())));
        assertTrue(taken.fieldMessages().get("username").contains("already taken"), taken.getMessage());
        assertTrue(taken.fieldMessages().get("username").contains("unique across every board"));

        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> as(NSCB_ADMIN, () -> people.add("x", "", "nope", Set.of(), null, "short".toCharArray())));
        assertEquals(Set.of("username", "displayName", "email", "roles", "password"), invalid.fieldMessages().keySet());

        InvalidInputException noOrganisation = assertThrows(InvalidInputException.class,
                () -> as(NSCB_ADMIN, () -> people.add("member." + unique(), "Max", "max@example.org",
                        EnumSet.of(Role.MEMBER), null, INITIAL_PASSWORD.toCharArray())));
        assertEquals(Set.of("organisationId"), noOrganisation.fieldMessages().keySet());

        Long chscbOrganisation = as(CHSCB_ADMIN, () -> boards.organisations()).get(0).id();
        InvalidInputException otherBoardsOrganisation = assertThrows(InvalidInputException.class,
                () -> as(NSCB_ADMIN, () -> people.add("member." + unique(), "Max", "max@example.org",
                        EnumSet.of(Role.MEMBER), chscbOrganisation, INITIAL_PASSWORD.toCharArray())));
        assertEquals(Set.of("organisationId"), otherBoardsOrganisation.fieldMessages().keySet());

        assertEquals(before, as(NSCB_ADMIN, () -> people.people()).size(), "nobody was added");
    }

    @Test
    void anAdminCannotRemoveTheirOwnAdminRoleNorDeactivateThemselves() {
        AdminPerson self = as(LSCB_ADMIN, () -> people.people()).stream()
                .filter(p -> p.username().equals("lscb.admin")).findFirst().orElseThrow();
        InvalidInputException demote = assertThrows(InvalidInputException.class,
                () -> as(LSCB_ADMIN, () -> people.change(self.id(), self.displayName(), self.email(),
                        EnumSet.of(Role.OFFICER), null)));
        assertTrue(demote.fieldMessages().get("roles").contains("your own administrator role"));
        assertThrows(InvalidInputException.class, () -> as(LSCB_ADMIN, () -> people.deactivate(self.id())));
        AdminPerson after = as(LSCB_ADMIN, () -> people.person(self.id()));
        assertTrue(after.active());
        assertEquals(Set.of(Role.ADMIN), after.roles());
    }

    // ---- clauses -----------------------------------------------------------------------------------------

    @Test
    void anUncitedClauseIsChangedInPlaceAndARetiredClauseCanNoLongerBeCited() {
        TestBoard board = TestBoard.like("nscb");
        Caller admin = CaseFixtures.caller(board.admin());
        String reference = "T" + unique();
        AdminClause added = as(admin, () -> catalogue.add(reference, "Test section", "Do not post test text.", null, null));
        assertTrue(as(admin, () -> boards.clauses()).stream().anyMatch(c -> c.id().equals(added.id())));
        assertEquals("Clause added", latestChange(admin).action());

        ClauseChange change = as(admin, () -> catalogue.change(added.id(), reference, "Test section",
                "Do not post any test text.", null, null));
        assertFalse(change.newVersion());
        assertEquals(added.id(), change.clause().id(), "changed in place");
        AuditLine entry = latestChange(admin);
        assertEquals("Clause changed", entry.action());
        assertTrue(entry.detail().contains("text: 'Do not post test text.' → 'Do not post any test text.'"),
                entry.detail());

        as(admin, () -> catalogue.retire(added.id()));
        assertEquals("Clause retired", latestChange(admin).action());
        assertFalse(as(admin, () -> boards.clauses()).stream().anyMatch(c -> c.id().equals(added.id())));
        Caller officer = CaseFixtures.caller(board.officer());
        CaseSummary raised = raiseCase(officer);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> as(officer, () -> allegations.allege(raised.reference(), added.id(), AllegationCategory.OTHER,
                        Severity.LOW, null, "Posted test text.")));
        assertTrue(refused.fieldMessages().containsKey("clauseId"));
    }

    @Test
    void aCitedClauseKeepsItsWordsOnTheCaseAndTheChangeBecomesANewVersion() {
        TestBoard board = TestBoard.like("chscb");
        Caller admin = CaseFixtures.caller(board.admin());
        Caller officer = CaseFixtures.caller(board.officer());
        String reference = "V" + unique();
        AdminClause original = as(admin, () -> catalogue.add(reference, "Test section", "Original words.", null, null));
        CaseSummary raised = raiseCase(officer);
        as(officer, () -> allegations.allege(raised.reference(), original.id(), AllegationCategory.OTHER,
                Severity.LOW, null, "Posted something."));
        assertEquals(1, as(admin, () -> catalogue.clause(original.id())).citations());

        ClauseChange change = as(admin, () -> catalogue.change(original.id(), reference, "Test section",
                "New words.", null, null));
        assertTrue(change.newVersion());
        assertNotEquals(original.id(), change.clause().id());
        assertEquals(2, change.clause().version());
        assertTrue(as(admin, () -> catalogue.clause(original.id())).retired(), "the cited version is retired");
        List<ClauseView> inForce = as(admin, () -> boards.clauses());
        assertTrue(inForce.stream().anyMatch(c -> c.reference().equals(reference) && c.text().equals("New words.")));
        assertFalse(inForce.stream().anyMatch(c -> c.text().equals("Original words.")));

        List<AllegationView> cited = as(officer, () -> allegations.allegationsOf(raised.reference()));
        assertEquals("Original words.", cited.get(0).clauseText(), "the case keeps the words it cited");
        AuditLine entry = latestChange(admin);
        assertEquals("Clause changed (new version)", entry.action());
        assertTrue(entry.detail().contains("text: 'Original words.' → 'New words.'"), entry.detail());
    }

    @Test
    void anInvalidClauseGetsAMessagePerFieldAndADuplicateReferenceIsRefused() {
        int before = as(CHSCB_ADMIN, () -> catalogue.clauses()).size();
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> as(CHSCB_ADMIN, () -> catalogue.add("", " ", "x".repeat(4001), null, null)));
        assertEquals(Set.of("reference", "section", "text"), invalid.fieldMessages().keySet());
        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> as(CHSCB_ADMIN, () -> catalogue.add("3.5(d)", "Section", "Words.", null, null)));
        assertTrue(duplicate.fieldMessages().get("reference").contains("already has a clause 3.5(d)"));
        assertEquals(before, as(CHSCB_ADMIN, () -> catalogue.clauses()).size());
    }

    // ---- deadlines ---------------------------------------------------------------------------------------

    @Test
    void deadlinesChangeForTheAdminsBoardOnlyAndInvalidOnesChangeNothing() {
        Caller admin = CaseFixtures.caller(TestBoard.like("lscb").admin());
        DeadlineSettings original = as(admin, () -> settings.deadlines());
        DeadlineSettings nscbBefore = as(NSCB_ADMIN, () -> settings.deadlines());
        DeadlineSettings wanted = new DeadlineSettings(1, 7, 2, 12, 6, 1);
        assertEquals(wanted, as(admin, () -> settings.changeDeadlines(wanted)));
        assertEquals(wanted, as(admin, () -> settings.deadlines()));
        AuditLine entry = latestChange(admin);
        assertEquals("Deadlines changed", entry.action());
        assertTrue(entry.detail().contains("content removal: '" + original.removalDays() + "' → '7'"), entry.detail());
        assertEquals(nscbBefore, as(NSCB_ADMIN, () -> settings.deadlines()), "another board is untouched");

        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> as(admin, () -> settings.changeDeadlines(new DeadlineSettings(null, 0, 2, 12, 3, 3))));
        assertEquals(Set.of("ladoDays", "removalDays", "hrReminderDays"), invalid.fieldMessages().keySet());
        assertEquals(wanted, as(admin, () -> settings.deadlines()), "nothing changed");
        assertFalse(as(admin, () -> settings.bankHolidays()).isEmpty(), "the shared bank holidays are shown");
    }

    // ---- tenancy and roles -------------------------------------------------------------------------------

    @Test
    void anotherBoardsAdminCannotSeeOrChangeThisBoardsSetUp() {
        AdminOrganisation organisation = as(CHSCB_ADMIN, () -> organisations.add("Test Council " + unique(),
                OrganisationKind.COUNCIL, "hr@test-council.example.org", null));
        AdminPerson person = as(CHSCB_ADMIN, () -> people.people()).stream()
                .filter(p -> p.username().equals("chscb.officer")).findFirst().orElseThrow();
        AdminClause clause = as(CHSCB_ADMIN, () -> catalogue.clauses()).get(0);

        assertThrows(NotFoundException.class, () -> as(NSCB_ADMIN, () -> organisations.organisation(organisation.id())));
        assertThrows(NotFoundException.class, () -> as(NSCB_ADMIN, () -> organisations.change(organisation.id(),
                "Taken over", OrganisationKind.OTHER, "x@example.org", null)));
        assertThrows(NotFoundException.class, () -> as(NSCB_ADMIN, () -> organisations.remove(organisation.id())));
        assertThrows(NotFoundException.class, () -> as(NSCB_ADMIN, () -> people.person(person.id())));
        assertThrows(NotFoundException.class, () -> as(NSCB_ADMIN, () -> people.deactivate(person.id())));
        assertThrows(NotFoundException.class, () -> as(NSCB_ADMIN, () -> people.change(person.id(), "X",
                "x@example.org", EnumSet.of(Role.ADMIN), null)));
        assertThrows(NotFoundException.class, () -> as(NSCB_ADMIN, () -> catalogue.clause(clause.id())));
        assertThrows(NotFoundException.class, () -> as(NSCB_ADMIN, () -> catalogue.retire(clause.id())));
        assertFalse(as(NSCB_ADMIN, () -> organisations.organisations()).stream()
                .anyMatch(o -> o.id().equals(organisation.id())));
        assertFalse(as(NSCB_ADMIN, () -> people.people()).stream().anyMatch(p -> p.username().startsWith("chscb.")));
        // The overview's count of people who can sign in is the board's own: the same as its list says.
        assertEquals(as(NSCB_ADMIN, () -> people.people()).stream().filter(AdminPerson::active).count(),
                as(NSCB_ADMIN, () -> people.activeCount()));
        assertEquals(as(CHSCB_ADMIN, () -> people.people()).stream().filter(AdminPerson::active).count(),
                as(CHSCB_ADMIN, () -> people.activeCount()));
        assertFalse(as(NSCB_ADMIN, () -> settings.recentChanges(100)).stream()
                .anyMatch(e -> e.actor().startsWith("chscb.")), "another board's audit entries are not shown");

        assertTrue(as(CHSCB_ADMIN, () -> organisations.organisation(organisation.id())).active());
        assertEquals(Set.of(Role.OFFICER), as(CHSCB_ADMIN, () -> people.person(person.id())).roles());
        assertFalse(as(CHSCB_ADMIN, () -> catalogue.clause(clause.id())).retired());
    }

    @Test
    void onlyTheAdminRoleMayUseTheAdministrationServices() {
        assertThrows(AccessRefusedException.class, () -> as(CHSCB_OFFICER, () -> organisations.organisations()));
        assertThrows(AccessRefusedException.class, () -> as(CHSCB_OFFICER, () -> people.people()));
        assertThrows(AccessRefusedException.class, () -> as(CHSCB_OFFICER, () -> people.activeCount()));
        assertThrows(AccessRefusedException.class, () -> as(CHSCB_OFFICER, () -> catalogue.add("9.9", "S", "T", null, null)));
        assertThrows(AccessRefusedException.class, () -> as(CHSCB_OFFICER, () -> settings.deadlines()));
        assertThrows(AccessRefusedException.class, () -> as(CHSCB_OFFICER, () -> settings.recentChanges(5)));
    }

    private CaseSummary raiseCase(Caller officer) {
        Long organisation = as(officer, () -> boards.organisations()).get(0).id();
        return as(officer, () -> cases.raiseConcern(new NewConcern("Casey Clause", organisation, CaseSource.MANUAL,
                "A post citing a test clause.")));
    }

    // ---- pages -------------------------------------------------------------------------------------------

    private Browser browser() {
        return new Browser(URI.create(baseUrl.toString()));
    }

    private static Long idOfLink(Browser.Page page, String text) {
        Matcher matcher = Pattern.compile("edit=(\\d+)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(page.body());
        assertTrue(matcher.find(), "no link to " + text + " in " + page.body());
        return Long.valueOf(matcher.group(1));
    }

    @Test
    @RunAsClient
    void someoneWhoIsNotAnAdminGetsTheForbiddenPageOnEveryAdminPage() {
        for (String user : List.of("chscb.officer", "chscb.senior", "chscb.hr", "chscb.member")) {
            Browser browser = browser();
            browser.signIn(user, DEMO_PASSWORD);
            for (String page : List.of("board", "organisations", "people", "clauses", "settings")) {
                Browser.Page refused = browser.open("admin/" + page + ".xhtml");
                assertEquals(403, refused.status(), user + " on " + page);
                assertTrue(refused.body().contains("You cannot open this page"), refused.body());
            }
        }
    }

    @Test
    @RunAsClient
    void anAdminAddsAPersonOnThePageWhoCanThenSignInUntilDeactivated() {
        Browser admin = browser();
        admin.signIn("chscb.admin", DEMO_PASSWORD);
        String username = "page." + unique();
        Browser.Page added = admin.submit(admin.open("admin/people.xhtml"), "person", Map.of("username", username,
                "displayName", "Pat Page", "email", "pat@example.org", "roles", "officer",
                "password", INITIAL_PASSWORD), "save");
        assertEquals(200, added.status());
        assertTrue(added.body().contains(username + " added."), added.body());
        assertFalse(added.body().contains(INITIAL_PASSWORD));

        Browser newcomer = browser();
        Browser.Page landed = newcomer.signIn(username, INITIAL_PASSWORD);
        assertTrue(landed.uri().endsWith("/officer/dashboard.xhtml"), landed.uri());

        Long id = idOfLink(added, username);
        Browser.Page edit = admin.open("admin/people.xhtml?edit=" + id);
        Browser.Page deactivated = admin.submit(edit, "person", Map.of(), "deactivate");
        assertTrue(deactivated.body().contains(username + " can no longer sign in."), deactivated.body());

        Browser.Page refused = browser().signIn(username, INITIAL_PASSWORD);
        assertTrue(refused.body().contains(SIGN_IN_FAILED), refused.body());

        Browser.Page overview = admin.open("admin/board.xhtml");
        assertTrue(overview.body().contains("Person deactivated"), "the overview shows the audit entry");
        assertTrue(overview.body().contains(username + ": active: &#39;yes&#39; → &#39;no&#39;")
                || overview.body().contains(username + ": active: 'yes' → 'no'"), overview.body());
    }

    @Test
    @RunAsClient
    void invalidInputOnAPageShowsFieldMessagesKeepsWhatWasTypedAndSavesNothing() {
        Browser admin = browser();
        admin.signIn("chscb.admin", DEMO_PASSWORD);
        String typed = "not-an-address-" + unique();
        Browser.Page invalid = admin.submit(admin.open("admin/organisations.xhtml"), "organisation",
                Map.of("name", "", "kind", "", "hrEmail", typed), "save");
        assertEquals(200, invalid.status());
        assertTrue(invalid.body().contains("role=\"alert\""), "an error summary");
        assertTrue(invalid.body().contains("Enter the organisation&#39;s name.")
                || invalid.body().contains("Enter the organisation's name."), invalid.body());
        assertTrue(invalid.body().contains("Choose what kind of organisation it is."));
        assertTrue(invalid.body().contains("Enter an e-mail address like name@example.org."));
        assertTrue(invalid.body().contains("value=\"" + typed + "\""), "what was typed is kept");
        assertFalse(admin.open("admin/board.xhtml").body().contains(typed), "nothing saved or audited");

        Browser.Page settingsPage = admin.open("admin/settings.xhtml");
        Browser.Page badNumber = admin.submit(settingsPage, "deadlines", Map.of("ladoDays", "one",
                "removalDays", "5", "removalReminderDays", "2", "cooperationDays", "10",
                "hrAcknowledgementDays", "5", "hrReminderDays", "2"), "save");
        assertTrue(badNumber.body().contains("Enter a whole number of working days, like 5."), badNumber.body());
    }

    @Test
    @RunAsClient
    void anotherBoardsAdminGetsNotFoundForThisBoardsRecords() {
        Browser chscb = browser();
        chscb.signIn("chscb.admin", DEMO_PASSWORD);
        Long personId = idOfLink(chscb.open("admin/people.xhtml"), "chscb.officer");
        Long organisationId = idOfLink(chscb.open("admin/organisations.xhtml"), "Metropolitan Police Service");
        Long clauseId = idOfLink(chscb.open("admin/clauses.xhtml"), "3.5(d)");

        Browser nscb = browser();
        nscb.signIn("nscb.admin", DEMO_PASSWORD);
        for (String path : List.of("admin/people.xhtml?edit=" + personId,
                "admin/organisations.xhtml?edit=" + organisationId, "admin/clauses.xhtml?edit=" + clauseId)) {
            Browser.Page page = nscb.open(path);
            assertEquals(404, page.status(), path);
            assertTrue(page.body().contains("Page not found"), page.body());
            assertFalse(page.body().contains("Olivia Okafor") || page.body().contains("Metropolitan Police"));
        }
        Browser.Page own = chscb.open("admin/people.xhtml?edit=" + personId);
        assertEquals(200, own.status());
        assertTrue(own.body().contains("value=\"Olivia Okafor\""), "the board's own admin can open it");
    }
}
