package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.annotation.Resource;
import java.io.File;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.administration.PeopleAdministration;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.declaration.AskingMembers;
import uk.safeguardcases.application.declaration.CaseDeclarations;
import uk.safeguardcases.application.declaration.Completion;
import uk.safeguardcases.application.declaration.DeclarationChasing;
import uk.safeguardcases.application.declaration.DeclarationForm;
import uk.safeguardcases.application.declaration.DeclarationRecord;
import uk.safeguardcases.application.declaration.DeclarationStatement;
import uk.safeguardcases.application.declaration.ManagerChoice;
import uk.safeguardcases.application.declaration.MemberDeclaration;
import uk.safeguardcases.application.declaration.PolicyDeclarations;
import uk.safeguardcases.application.declaration.PolicyVersionDetails;
import uk.safeguardcases.application.declaration.PolicyVersionView;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.audit.TimelineEntry;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.declaration.DeclarationStatus;
import uk.safeguardcases.domain.people.Role;

/**
 * Policy declarations (issue 15, NSCB model policy 4.2, 5.1, 11 and Appendix 1) on the real server: an administrator
 * publishes a version and every member of the board's organisations is asked (by the version's process, in a job);
 * the member signs the Employee Declaration Form with real people's text, naming their manager, who countersigns;
 * reminders and the manager's escalation are recorded and e-mailed once; a later version supersedes an unsigned
 * declaration; a member who joins later is asked; a self-report reaches the manager; the case page's statement and
 * the referral pack say whether the member had declared the version in force. Another board sees and touches none of
 * it.
 */
@ExtendWith(ArquillianExtension.class)
class PolicyDeclarationsIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String TITLE = "Polisi’r Cyfryngau Cymdeithasol – “2026” ŵ ŷ";

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.inServerWith(PolicyDeclarationsIT.class);
        // PDFBox reads the referral pack inside the server, where the test runs.
        ear.getAsType(WebArchive.class, "safeguard-web.war").addAsLibraries(jarOf(PDDocument.class),
                jarOf(RandomAccessRead.class), jarOf(TrueTypeFont.class));
        return ear;
    }

    @Test
    void publishedTheMemberSignsTheirManagerCountersignsAndTheBoardSeesItDone() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String member = board.person("member");
        String manager = board.person("manager");
        int number = publish(board, TITLE, LocalDate.now(UK).minusDays(10));
        assertThat(number).isEqualTo(1);
        PolicyVersionView version = askedAll(board);
        assertThat(version.membersAsked()).as("the member and their manager; not the HR partner or the staff")
                .isEqualTo(2);
        assertThat(version.title()).isEqualTo(TITLE);
        assertThat(version.catalogueSha256()).hasSize(64);
        int clauses = as(member, () -> bean(uk.safeguardcases.application.board.BoardService.class).clauses()).size();
        assertThat(version.clauses()).isEqualTo(clauses);

        // The member's portal: the version with its clauses, and the form.
        MemberDeclaration open = mine(member).get(0);
        assertThat(open.status()).isEqualTo(DeclarationStatus.ASKED);
        assertThat(open.title()).isEqualTo(TITLE);
        assertThat(open.clauses()).hasSize(clauses);
        List<ManagerChoice> choices = as(member, () -> service().managerChoices());
        assertThat(choices).extracting(ManagerChoice::name).contains("Rhian Powell")
                .doesNotContain("Morgan Evans", "Harriet Hughes");
        Long managerId = choices.stream().filter(c -> c.name().equals("Rhian Powell")).findFirst().orElseThrow().id();

        // Bad input: every problem said, nothing signed.
        Map<String, String> problems = problems(member, () -> service().declare(open.id(),
                new DeclarationForm(" ", "", "Plant", "ffôn", null)));
        assertThat(problems).containsOnlyKeys("name", "jobTitle", "contactNumber", "manager");
        assertThat(problems.get("contactNumber")).contains("029 2018 3000");
        assertThat(mine(member).get(0).status()).isEqualTo(DeclarationStatus.ASKED);
        Long otherOrganisationsPerson = as(board.admin(), () -> bean(PeopleAdministration.class).people()).stream()
                .filter(p -> p.username().equals(board.person("senior"))).findFirst().orElseThrow().id();
        assertThat(problems(member, () -> service().declare(open.id(), new DeclarationForm("Morgan Evans", "Nyrs",
                "Plant", "029 2018 3000", otherOrganisationsPerson)))).containsOnlyKeys("manager");

        String jobTitle = "Gweithiwr cymdeithasol – “arweiniol” ŵ ŷ £ 😀";
        String department = "Plant a Theuluoedd ‏(RTL‏) – Adran ŷ";
        as(member, () -> service().declare(open.id(), new DeclarationForm("Morgan Ŵyn Evans", jobTitle, department,
                "+44 (0)29 2018-3000", managerId)));
        MemberDeclaration signed = mine(member).get(0);
        assertThat(signed.status()).isEqualTo(DeclarationStatus.DECLARED);
        assertThat(signed.jobTitle()).isEqualTo(jobTitle);
        assertThat(signed.department()).isEqualTo(department);
        assertThat(signed.declaredName()).isEqualTo("Morgan Ŵyn Evans");
        assertThat(signed.managerName()).isEqualTo("Rhian Powell");
        assertThatThrownBy(() -> as(member, () -> service().declare(open.id(), new DeclarationForm("Morgan Evans",
                "Nyrs", "Plant", "029 2018 3000", managerId)))).isInstanceOf(TaskAlreadyDoneException.class);

        // The manager countersigns; the member cannot countersign their own.
        assertThatThrownBy(() -> as(member, () -> service().countersign(open.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(manager, () -> service().toCountersign())).singleElement().satisfies(t -> {
            assertThat(t.memberName()).isEqualTo("Morgan Ŵyn Evans");
            assertThat(t.jobTitle()).isEqualTo(jobTitle);
        });
        as(manager, () -> service().countersign(open.id()));
        assertThat(mine(member).get(0).status()).isEqualTo(DeclarationStatus.COUNTERSIGNED);
        assertThat(mine(member).get(0).countersignedAt()).isNotNull();
        assertThat(as(manager, () -> service().toCountersign())).isEmpty();
        assertThatThrownBy(() -> as(manager, () -> service().countersign(open.id())))
                .isInstanceOf(TaskAlreadyDoneException.class);
        assertThat(processEnded(board, "DECLARATION-" + open.id())).as("the declaration's process ended").isTrue();

        // The board's dashboard and export.
        Completion completion = as(board.admin(), () -> service().completion()).orElseThrow();
        assertThat(completion.total().asked()).isEqualTo(2);
        assertThat(completion.total().declared()).isEqualTo(1);
        assertThat(completion.total().countersigned()).isEqualTo(1);
        assertThat(completion.total().percentDeclared()).isEqualTo(50);
        assertThat(completion.byManager()).extracting(r -> r.name() + ":" + r.declared() + "/" + r.asked())
                .contains("Rhian Powell:1/1");
        List<DeclarationRecord> csv = as(board.admin(), () -> service().exportCompletion());
        assertThat(csv).extracting(DeclarationRecord::username).containsExactlyInAnyOrder(member, manager);
        assertThat(actions(board)).contains("Policy version published", "Members asked to declare",
                "Policy declaration signed", "Policy declaration countersigned", "Declarations exported");

        // What the member declared is in the answer to their subject access request.
        var requests = bean(uk.safeguardcases.application.access.SubjectAccessRequests.class);
        String sar = as(board.officer(), () -> requests.record(new uk.safeguardcases.domain.access
                .SubjectAccessRequestDetails("Morgan Evans", "Morgan Evans", member + "@demo.example.org",
                LocalDate.now(UK), "Ceri Jones", "Passport seen")));
        List<?> declared = (List<?>) as(board.officer(), () -> requests.preview(sar)).tree().get("policyDeclarations");
        assertThat(declared).hasSize(1);
        assertThat(String.valueOf(declared.get(0))).contains(jobTitle).contains("Rhian Powell")
                .contains("signed and countersigned");

        // E-mails: both asked, the manager asked to countersign; in the board's words.
        List<String[]> mail = outbox(board.id());
        assertThat(mail).filteredOn(m -> m[0].equals("DECLARATION_ASKED")).extracting(m -> m[1])
                .containsExactlyInAnyOrder(member + "@demo.example.org", manager + "@demo.example.org");
        assertThat(mail).filteredOn(m -> m[0].equals("DECLARATION_TO_COUNTERSIGN")).singleElement()
                .satisfies(m -> {
                    assertThat(m[1]).isEqualTo(manager + "@demo.example.org");
                    assertThat(m[2]).contains("Morgan Ŵyn Evans").contains(TITLE).doesNotContain(jobTitle);
                });

        // Only the administrator publishes; only staff see the versions.
        assertThatThrownBy(() -> as(board.officer(), () -> service().publish(new PolicyVersionDetails(TITLE,
                LocalDate.now(UK), LocalDate.now(UK).plusYears(1), null)))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(member, () -> service().versions())).isInstanceOf(AccessRefusedException.class);
    }

    @Test
    void aBoardOfMoreMembersThanABatchIsAskedInBatchesEachMemberOnce() throws Exception {
        TestBoard board = TestBoard.like("lscb");
        int extra = AskingMembers.BATCH + 50;
        List<String> added = addMembers(board, extra);
        publish(board, "Polisi – “swp” ŵ", LocalDate.now(UK));
        PolicyVersionView version = awaitAsked(board, extra + 2);
        assertThat(version.membersAsked()).isEqualTo(extra + 2);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*), count(distinct d.person_id)"
                        + " from declaration d join person p on p.id = d.person_id where p.tenant_id = ?")) {
            query.setString(1, board.id());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getInt(1)).as("declarations").isEqualTo(extra + 2);
                assertThat(row.getInt(2)).as("each member once").isEqualTo(extra + 2);
            }
        }
        assertThat(mine(added.get(extra - 1))).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DeclarationStatus.ASKED));
        assertThat(actions(board)).filteredOn("Members asked to declare"::equals).as("one entry a batch").hasSize(2);
        ProcessEngine engine = bean(ProcessEngine.class);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn(board.id())
                .processDefinitionKey("policy-version").activityIdIn("awaiting-review").count())
                .as("the version's process asked until none was left, then waits for the review").isOne();
        assertThat(outbox(board.id())).filteredOn(m -> m[0].equals("DECLARATION_ASKED")).hasSize(extra + 2);
    }

    /** Members of the board's organisation who can sign in to nothing (a made-up password hash), by user name. */
    private List<String> addMembers(TestBoard board, int count) throws Exception {
        List<String> usernames = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement person = connection.prepareStatement("insert into person (tenant_id, username,"
                        + " password_hash, display_name, email, organisation_id, active, created_at) select ?, ?,"
                        + " 'not-a-hash', ?, ?, organisation_id, true, current_timestamp from person where username = ?",
                        new String[] {"id"});
                PreparedStatement role = connection.prepareStatement("insert into person_role (person_id, role)"
                        + " values (?, 'member')")) {
            for (int i = 0; i < count; i++) {
                String username = board.id() + ".batch" + i;
                person.setString(1, board.id());
                person.setString(2, username);
                person.setString(3, "Aelod “" + i + "” – Ŵ");
                person.setString(4, username + "@demo.example.org");
                person.setString(5, board.person("member"));
                person.executeUpdate();
                try (ResultSet id = person.getGeneratedKeys()) {
                    id.next();
                    role.setLong(1, id.getLong(1));
                    role.executeUpdate();
                }
                usernames.add(username);
            }
        }
        return usernames;
    }

    private static PolicyVersionView awaitAsked(TestBoard board, int members) throws InterruptedException {
        awaitVersions(board, v -> !v.isEmpty() && v.get(0).membersAsked() != null
                && v.get(0).membersAsked() == members);
        return as(board.admin(), () -> service().versions()).get(0);
    }

    @Test
    void anotherBoardSeesAndTouchesNoneOfIt() throws Exception {
        TestBoard chscb = TestBoard.like("chscb");
        TestBoard cwmtaf = TestBoard.like("cwmtaf");
        publish(chscb, TITLE, LocalDate.now(UK));
        askedAll(chscb);
        long declaration = mine(chscb.person("member")).get(0).id();

        assertThat(as(cwmtaf.admin(), () -> service().versions())).isEmpty();
        assertThat(as(cwmtaf.admin(), () -> service().completion())).isEmpty();
        assertThat(as(cwmtaf.admin(), () -> service().exportCompletion())).isEmpty();
        assertThat(mine(cwmtaf.person("member"))).isEmpty();
        assertThat(as(cwmtaf.person("manager"), () -> service().toCountersign())).isEmpty();
        assertThatThrownBy(() -> as(cwmtaf.person("member"), () -> service().declare(declaration,
                new DeclarationForm("Morgan Evans", "Nyrs", "Plant", "029 2018 3000", 1L))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(cwmtaf.person("manager"), () -> service().countersign(declaration)))
                .isInstanceOf(NotFoundException.class);
        // A reminder or escalation run as the other board (a forged job) finds nothing.
        CallerContext.runAs(Caller.system(cwmtaf.id()), () -> {
            chasing().remind(declaration, false);
            chasing().escalate(declaration);
        });
        assertThat(mine(chscb.person("member")).get(0).status()).isEqualTo(DeclarationStatus.ASKED);
        assertThat(outbox(cwmtaf.id())).isEmpty();
        String chscbCase = CaseFixtures.a(chscb.id()).at(CaseStatus.AWAITING_TRIAGE).reference();
        CaseDeclarations cases = bean(CaseDeclarations.class);
        assertThatThrownBy(() -> as(cwmtaf.officer(), () -> cases.forCase(chscbCase, Texts.ENGLISH)))
                .isInstanceOf(NotFoundException.class);
        assertThat(bean(ProcessEngine.class).getTaskService().createTaskQuery().tenantIdIn(cwmtaf.id())
                .processDefinitionKey("policy-declaration").count()).isZero();
    }

    @Test
    void remindersAndTheManagersEscalationAreRecordedAndSentOnceAndALaterVersionAsksAgain() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        String member = board.person("member");
        publish(board, "Social Media Policy 2026", LocalDate.now(UK).minusDays(30));
        long versionId = askedAll(board).id();
        long first = mine(member).get(0).id();

        CallerContext.runAs(Caller.system(board.id()), () -> {
            // A job runs at least once: asking again asks nobody twice; the review reminder is sent once.
            assertThat(bean(AskingMembers.class).askMembers(versionId)).as("nobody left to ask").isFalse();
            chasing().reviewDue(versionId);
            chasing().reviewDue(versionId);
            chasing().remind(first, false);
            chasing().remind(first, false);
            chasing().remind(first, true);
            chasing().escalate(first);
            chasing().escalate(first);
        });
        List<String[]> mail = outbox(board.id());
        assertThat(mail).filteredOn(m -> m[0].equals("DECLARATION_REMINDER") && m[1].startsWith(member + "@"))
                .hasSize(2);
        // No manager on the member's record yet: the board's administrators are told, in Welsh and English.
        assertThat(mail).filteredOn(m -> m[0].equals("DECLARATION_OVERDUE")).singleElement().satisfies(m -> {
            assertThat(m[1]).isEqualTo(board.admin() + "@demo.example.org");
            assertThat(m[2]).contains("Annwyl", "Dear", "Morgan Evans", "21");
        });
        assertThat(actions(board)).filteredOn("Policy declaration reminder sent"::equals).hasSize(2);
        assertThat(actions(board)).filteredOn("Policy declaration escalated"::equals).hasSize(1);
        assertThat(actions(board)).filteredOn("Policy review reminder sent"::equals).hasSize(1);
        assertThat(mine(member)).as("asked once").hasSize(1);

        // Version 2: the unsigned declaration of version 1 ends, and the member is asked again.
        publish(board, "Social Media Policy 2026 (amended)", LocalDate.now(UK));
        assertThat(awaitVersions(board, v -> v.size() == 2 && v.get(0).membersAsked() != null)).isTrue();
        List<MemberDeclaration> now = mine(member);
        assertThat(now).extracting(d -> d.versionNumber() + ":" + d.status())
                .containsExactly("2:ASKED", "1:SUPERSEDED");
        assertThat(processEnded(board, "DECLARATION-" + first)).isTrue();
        assertThatThrownBy(() -> as(member, () -> service().declare(first, new DeclarationForm("Morgan Evans",
                "Nyrs", "Plant", "029 2018 3000", 1L)))).isInstanceOf(TaskAlreadyDoneException.class)
                .hasMessageContaining("later version");
        String prefix = as(board.admin(), () -> bean(uk.safeguardcases.application.board.BoardService.class)
                .currentBoard().referencePrefix());
        assertThat(processEnded(board, prefix + "-POLICY-1")).as("version 1 no longer waits for its review").isTrue();

        // A later version may not take effect before the latest one.
        assertThat(problems(board.admin(), () -> service().publish(new PolicyVersionDetails("Old",
                LocalDate.now(UK).minusYears(1), LocalDate.now(UK), ownerOf(board))))).containsKey("effectiveFrom");
    }

    @Test
    void theCaseAndTheReferralPackSayWhetherTheMemberHadDeclaredTheVersionInForce() throws Exception {
        TestBoard board = TestBoard.like("chscb");
        String member = board.person("member");
        String before = CaseFixtures.a(board.id()).at(CaseStatus.AWAITING_TRIAGE).reference();
        assertThat(statement(board, before).text()).startsWith("No version of the policy had been published");

        publish(board, TITLE, LocalDate.now(UK).minusDays(1));
        askedAll(board);
        String notYet = CaseFixtures.a(board.id()).at(CaseStatus.AWAITING_TRIAGE).reference();
        // Referred while the member had not declared: the pack says so.
        String referredBefore = CaseFixtures.a(board.id()).at(CaseStatus.REFERRED_TO_HR).reference();
        assertThat(pdfText(CallerContext.runAs(CaseFixtures.caller(board.person("hr")),
                () -> bean(ReferralPackPdf.class).forHr(referredBefore)).content()))
                .contains("Policy declaration").contains("The member had not declared version 1 of the policy");
        DeclarationStatement missing = statement(board, notYet);
        assertThat(missing.declared()).isFalse();
        assertThat(missing.text()).startsWith("The member had not declared version 1 of the policy, “" + TITLE + "”")
                .contains("They were asked to on");
        // In Welsh for a Welsh reader.
        assertThat(as(board.officer(), () -> bean(CaseDeclarations.class).forCase(notYet, Texts.WELSH)).text())
                .startsWith("Nid oedd yr aelod wedi datgan fersiwn 1");

        long id = mine(member).get(0).id();
        Long managerId = as(member, () -> service().managerChoices()).stream()
                .filter(c -> c.name().equals("Rhian Powell")).findFirst().orElseThrow().id();
        as(member, () -> service().declare(id, new DeclarationForm("Morgan Evans", "Nyrs", "Plant",
                "029 2018 3000", managerId)));
        as(board.person("manager"), () -> service().countersign(id));
        String today = Texts.date(Texts.ENGLISH, LocalDate.now(UK));

        // The case raised after the declaration: declared and countersigned.
        CaseFixtures.WalkedCase referred = CaseFixtures.a(board.id()).at(CaseStatus.REFERRED_TO_HR);
        DeclarationStatement made = statement(board, referred.reference());
        assertThat(made.declared()).isTrue();
        assertThat(made.text()).isEqualTo("On " + today + ", the member declared version 1 of the policy, “" + TITLE
                + "”, in force from " + Texts.date(Texts.ENGLISH, LocalDate.now(UK).minusDays(1)) + ". Their manager"
                + " countersigned it on " + today + ".");
        Caller hr = CaseFixtures.caller(board.person("hr"));
        String pack = pdfText(CallerContext.runAs(hr, () -> bean(ReferralPackPdf.class).forHr(referred.reference()))
                .content());
        assertThat(pack).contains("Policy declaration").contains("the member declared version 1 of the policy")
                .contains(today);
        assertThat(as(board.person("hr"), () -> bean(uk.safeguardcases.application.investigation.ReferralService.class)
                .packFor(referred.reference())).declaration().declared()).isTrue();

        // The case raised before, when they had not declared: still not, at the time of the conduct.
        assertThat(statement(board, notYet).declared()).isFalse();
    }

    @Test
    void aMemberWhoJoinsLaterIsAskedAndASelfReportReachesTheirManager() throws Exception {
        TestBoard board = TestBoard.like("cwmtaf");
        publish(board, "Social Media Policy 2026", LocalDate.now(UK));
        askedAll(board);
        Long organisation = CaseFixtures.caller(board.person("member")).organisationId();
        String username = board.id() + ".newcomer";
        as(board.admin(), () -> bean(PeopleAdministration.class).add(username, "Elin Ŷr Jones",
                username + "@example.org", java.util.Set.of(Role.MEMBER), organisation,
                "Long-enough-password-2026".toCharArray()));
        assertThat(mine(username)).singleElement().satisfies(d -> assertThat(d.status())
                .isEqualTo(DeclarationStatus.ASKED));

        String member = board.person("member");
        long id = mine(member).get(0).id();
        Long managerId = as(member, () -> service().managerChoices()).stream()
                .filter(c -> c.name().equals("Rhian Powell")).findFirst().orElseThrow().id();
        as(member, () -> service().declare(id, new DeclarationForm("Morgan Evans", "Nyrs", "Plant",
                "029 2018 3000", managerId)));
        String report = as(member, () -> bean(CaseService.class).selfReport(null,
                "Cafodd fy mhroffil ei glonio – “rhywun arall” ŵ")).reference();
        assertThat(outbox(board.id())).filteredOn(m -> m[0].equals("SELF_REPORT_TO_MANAGER")).singleElement()
                .satisfies(m -> {
                    assertThat(m[1]).isEqualTo(board.person("manager") + "@demo.example.org");
                    assertThat(m[2]).contains(report).doesNotContain("clonio");
                });
        List<String> caseActions = as(board.officer(), () -> bean(TimelineService.class)
                .forCase(bean(uk.safeguardcases.application.tenancy.CaseLookup.class).byReference(report).id()))
                .stream().map(TimelineEntry::action).toList();
        assertThat(caseActions).contains("Manager told of self-report");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static PolicyDeclarations service() {
        return bean(PolicyDeclarations.class);
    }

    private static DeclarationChasing chasing() {
        return bean(DeclarationChasing.class);
    }

    private static Long ownerOf(TestBoard board) {
        return as(board.admin(), () -> service().possibleOwners()).stream()
                .filter(o -> o.name().equals("Adam Ali")).findFirst().orElseThrow().id();
    }

    private static int publish(TestBoard board, String title, LocalDate from) {
        Long owner = ownerOf(board);
        return as(board.admin(), () -> service().publish(new PolicyVersionDetails(title, from, from.plusYears(1),
                owner)));
    }

    /** Waits for the latest version's job to ask the members (the job executor, or this test, runs it). */
    private static PolicyVersionView askedAll(TestBoard board) throws InterruptedException {
        awaitVersions(board, v -> !v.isEmpty() && v.get(0).membersAsked() != null);
        return as(board.admin(), () -> service().versions()).get(0);
    }

    private static boolean awaitVersions(TestBoard board, java.util.function.Predicate<List<PolicyVersionView>> done)
            throws InterruptedException {
        runJobs(board, () -> done.test(as(board.admin(), () -> service().versions())));
        return true;
    }

    private static void runJobs(TestBoard board, BooleanSupplier done) {
        ProcessEngine engine = bean(ProcessEngine.class);
        Waiting.runningJobsUntil("the declarations' step on " + board.id(), engine.getManagementService(),
                () -> engine.getManagementService().createJobQuery().tenantIdIn(board.id()).executable().list(), done);
    }

    private static boolean processEnded(TestBoard board, String businessKey) {
        return bean(ProcessEngine.class).getRuntimeService().createProcessInstanceQuery().tenantIdIn(board.id())
                .processInstanceBusinessKey(businessKey).count() == 0
                && bean(ProcessEngine.class).getHistoryService().createHistoricProcessInstanceQuery()
                        .tenantIdIn(board.id()).processInstanceBusinessKey(businessKey).finished().count() == 1;
    }

    private static List<MemberDeclaration> mine(String username) {
        return as(username, () -> service().mine());
    }

    private static DeclarationStatement statement(TestBoard board, String reference) {
        return as(board.officer(), () -> bean(CaseDeclarations.class).forCase(reference, Texts.ENGLISH));
    }

    private static Map<String, String> problems(String username, Runnable step) {
        try {
            as(username, step);
        } catch (InvalidInputException e) {
            return e.fieldMessages();
        }
        throw new AssertionError("accepted");
    }

    private static List<String> actions(TestBoard board) {
        return as(board.admin(), () -> bean(TimelineService.class).boardEntries(500)).stream()
                .map(TimelineEntry::action).toList();
    }

    private List<String[]> outbox(String board) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select kind, recipient, body from outbox_message"
                        + " where tenant_id = ? order by id")) {
            query.setString(1, board);
            List<String[]> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new String[] {row.getString(1), row.getString(2), row.getString(3)});
                }
            }
            return rows;
        }
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static {
        Locale.setDefault(Locale.UK);
    }
}
