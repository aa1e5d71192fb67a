package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import jakarta.annotation.Resource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.administration.AdminOrganisation;
import uk.safeguardcases.application.administration.AdminPerson;
import uk.safeguardcases.application.administration.OrganisationAdministration;
import uk.safeguardcases.application.administration.PeopleAdministration;
import uk.safeguardcases.application.investigation.DecisionService;
import uk.safeguardcases.application.investigation.MemberRequests;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * Whatever people type, in every field that comes back on a page, is shown as text: markup is never markup and
 * an expression ({@code #{…}}, {@code ${…}}) is never evaluated, on the officer's, the HR partner's, the member's
 * and the administrator's pages and the dashboard.
 */
@ExtendWith(ArquillianExtension.class)
class TypedMarkupIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** Markup, and two expressions that would print "evaluated" if anything evaluated them. */
    private static final String HOSTILE = "<b id=injected>bold</b><script>alert(1)</script> #{'ev'.concat('aluated')}"
            + " ${'ev'.concat('aluated')}";
    private static final String ESCAPED = "&lt;b id=injected&gt;bold&lt;/b&gt;&lt;script&gt;alert(1)&lt;/script&gt;";

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(TypedMarkupIT.class);
    }

    @Test
    void everythingTypedAlongAnInvestigationIsShownAsTextOnTheOfficersHrAndMembersPages() throws Exception {
        String ref = CaseFixtures.a("chscb").about("Hostile " + HOSTILE)
                .raisedFrom(CaseSource.COLLEAGUE_REPORT, "Concern " + HOSTILE)
                .alleging("Particulars " + HOSTILE)
                .withEvidence(CaseFixtures.textPost("Evidence " + HOSTILE).withShownToMember(true))
                .gathered("Summary " + HOSTILE)
                .at(CaseStatus.AWAITING_REMOVAL).reference();
        dueTomorrow(ref);

        Browser officer = signedIn("chscb.officer");
        String dashboard = officer.open("officer/dashboard.xhtml").body();
        assertShownAsText("dashboard", dashboard);
        assertThat(dashboard).as("the member's name in the deadlines due soon").contains("Hostile " + ESCAPED);

        CaseFixtures.memberAnswers("chscb", ref, MemberResponse.REMOVED, "Removal " + HOSTILE,
                CaseStatus.AWAITING_COOPERATION);
        as("chscb.member", () -> bean(RequestService.class).respondToCooperation(ref, "Statement " + HOSTILE, true));
        CaseFixtures.awaitStep("chscb", ref, CaseStatus.VERIFYING_REMOVAL);
        as("chscb.officer", () -> bean(DecisionService.class).verifyRemoval(ref, "Finding " + HOSTILE));
        as("chscb.officer", () -> bean(DecisionService.class).decideOutcome(ref, CaseOutcome.DISCIPLINARY_REFERRAL,
                "Findings " + HOSTILE));
        as("chscb.senior", () -> bean(DecisionService.class).approveReferral(ref, true, "Approval " + HOSTILE));
        CaseFixtures.awaitStep("chscb", ref, CaseStatus.REFERRED_TO_HR);
        as("chscb.hr", () -> bean(ReferralService.class).acknowledge(ref));
        CaseFixtures.awaitStep("chscb", ref, CaseStatus.AWAITING_HR_OUTCOME);
        as("chscb.hr", () -> bean(ReferralService.class).recordOutcome(ref, HrOutcome.INFORMAL_ACTION,
                LocalDate.now(UK), "HR note " + HOSTILE));
        as("chscb.hr", () -> bean(ReferralService.class).lodgeAppeal(ref, LocalDate.now(UK), "Grounds " + HOSTILE));

        String casePage = officer.open("officer/case.xhtml?ref=" + ref).body();
        assertShownAsText("case page", casePage);
        for (String field : List.of("Concern", "Particulars", "Evidence", "Removal", "Statement", "Findings")) {
            assertThat(casePage).as(field + " on the case page").contains(field + " " + ESCAPED);
        }
        assertShownAsText("case list", officer.open("officer/cases.xhtml?ref=" + ref).body());

        String hrPage = signedIn("chscb.hr").open("hr/referral.xhtml?ref=" + ref).body();
        assertShownAsText("HR referral", hrPage);
        for (String field : List.of("Particulars", "Evidence", "Removal", "Statement", "Findings", "HR note", "Grounds")) {
            assertThat(hrPage).as(field + " on the HR partner's page").contains(field + " " + ESCAPED);
        }

        long requestId = as("chscb.member", () -> bean(MemberRequests.class).mine()).stream()
                .filter(r -> r.caseReference().equals(ref) && r.kind() == RequestKind.REMOVAL).findFirst()
                .orElseThrow().id();
        Browser member = signedIn("chscb.member");
        String request = member.open("portal/request.xhtml?id=" + requestId).body();
        assertShownAsText("member's request", request);
        assertThat(request).contains("Evidence " + ESCAPED).contains("Removal " + ESCAPED);
        String history = member.open("portal/history.xhtml").body();
        assertShownAsText("member's history", history);
    }

    @Test
    void organisationAndPersonNamesTypedByTheAdministratorAreShownAsText() {
        AdminOrganisation organisation = as("lscb.admin", () -> bean(OrganisationAdministration.class)
                .add("Org " + HOSTILE, OrganisationKind.CHARITY, "hr@example.org", null));
        AdminPerson person = as("lscb.admin", () -> bean(PeopleAdministration.class).add(
                "lscb.hostile" + System.nanoTime(), "Person " + HOSTILE, "person@example.org",
                EnumSet.of(Role.MEMBER), organisation.id(), "A-long-enough-password-1".toCharArray()));
        try {
            Browser admin = signedIn("lscb.admin");
            for (String page : List.of("admin/organisations.xhtml", "admin/people.xhtml", "admin/board.xhtml",
                    "admin/organisations.xhtml?edit=" + organisation.id(), "admin/people.xhtml?edit=" + person.id())) {
                String body = admin.open(page).body();
                assertShownAsText(page, body);
            }
            assertThat(admin.open("admin/organisations.xhtml").body()).contains("Org " + ESCAPED);
            assertThat(admin.open("admin/people.xhtml").body()).contains("Person " + ESCAPED);
            String raise = signedIn("lscb.officer").open("officer/raise.xhtml").body();
            assertShownAsText("raise a concern", raise);
            assertThat(raise).as("offered as an organisation, as text").contains("Org " + ESCAPED);
        } finally {
            as("lscb.admin", () -> bean(PeopleAdministration.class).deactivate(person.id()));
            as("lscb.admin", () -> bean(OrganisationAdministration.class).remove(organisation.id()));
        }
    }

    private static void assertShownAsText(String page, String body) {
        assertThat(body).as(page + ": no typed markup as markup").doesNotContain("<b id=injected>")
                .doesNotContain("<script>alert(1)");
        assertThat(body).as(page + ": no expression evaluated").doesNotContain("evaluated");
    }

    /** The removal deadline set to tomorrow 17:00, so the case is in the dashboard's "due soon" table. */
    private void dueTomorrow(String ref) throws Exception {
        ZonedDateTime due = ZonedDateTime.of(LocalDate.now(UK).plusDays(1), LocalTime.of(17, 0), UK);
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "update member_request set deadline = ? where case_id = (select id from safeguarding_case"
                        + " where reference = ?)")) {
            update.setObject(1, due.toOffsetDateTime());
            update.setString(2, ref);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
