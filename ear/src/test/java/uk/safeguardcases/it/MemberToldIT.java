package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.application.investigation.MemberRequests;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * What the member is told in the portal, from their own pages, at each step after they answer: the board's
 * decision on their contest and its reason, where the request stands once they removed the content (not "your
 * reasons were not accepted" for ever), and, once the investigation ends, how the case ended, in English and in
 * Welsh. The other side of each step is done by the board's people through the services.
 */
@ExtendWith(ArquillianExtension.class)
class MemberToldIT {

    private static final String CONTEST = "Nid fi a’i postiodd – “Gŵyl Dŷ” oedd e, £5 😀";
    private static final String REJECTION = "Mae’r llun yn dangos plant o’r ganolfan – rhaid ei dynnu i lawr.";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(MemberToldIT.class, Browser.class, Browser.Page.class);
    }

    @Test
    void afterARejectedContestTheMemberSeesTheDecisionItsReasonThenThatTheyRemovedIt() {
        String ref = CaseFixtures.a("cwmtaf").about("Morgan Evans").at(CaseStatus.REVIEWING_CONTEST).reference();
        as("cwmtaf.officer", () -> bean(RequestService.class).reviewContest(ref, false, REJECTION));
        CaseFixtures.awaitStep("cwmtaf", ref, CaseStatus.AWAITING_REMOVAL);

        Browser member = CaseFixtures.signedIn("cwmtaf.member");
        String list = member.open("portal/requests.xhtml?lang=en").body();
        String card = list.substring(list.indexOf(ref));
        card = card.substring(0, card.indexOf("</li>"));
        assertThat(card).contains("The board did not accept your reasons. Please remove the content by the deadline")
                .contains("Contest rejected: the content must be removed").contains(REJECTION)
                .doesNotContain("Waiting for your answer.");
        long id = as("cwmtaf.member", () -> bean(MemberRequests.class).mine()).stream()
                .filter(r -> r.caseReference().equals(ref) && r.kind() == RequestKind.REMOVAL).findFirst()
                .orElseThrow().id();
        String page = member.open("portal/request.xhtml?id=" + id).body();
        assertThat(page).contains("id=\"board-decision\"").contains(REJECTION)
                .as("their own answer too").contains("The post is not about anyone I know through work.");
        String welsh = member.open("portal/request.xhtml?id=" + id + "&lang=cy").body();
        assertThat(welsh).contains("Ni dderbyniodd y bwrdd eich rhesymau. Tynnwch y cynnwys i lawr")
                .contains("Penderfyniad y bwrdd").contains(REJECTION);

        as("cwmtaf.member", () -> bean(RequestService.class).respondToRemoval(ref, MemberResponse.REMOVED, ""));
        CaseFixtures.awaitStep("cwmtaf", ref, CaseStatus.AWAITING_COOPERATION);
        String after = member.open("portal/request.xhtml?id=" + id + "&lang=en").body();
        assertThat(after).contains("You told the board you removed the content. Thank you.")
                .doesNotContain("The board did not accept your reasons.")
                .as("the decision and its reason stay on the record").contains(REJECTION);
    }

    @Test
    void aContestSentWithoutReasonsComesBackWithTheProblemAtTheTopLinkedToItsField() {
        String ref = CaseFixtures.awaitingRemoval("cwmtaf", "Morgan Evans");
        long id = as("cwmtaf.member", () -> bean(MemberRequests.class).mine()).stream()
                .filter(r -> r.caseReference().equals(ref) && r.kind() == RequestKind.REMOVAL).findFirst()
                .orElseThrow().id();
        String signIn = new Browser(CaseFixtures.base()).open("login.xhtml").body();
        assertThat(signIn).as("the sign-in page names the product once").contains("<footer class=\"footer\">Safeguard Cases</footer>");
        Browser member = CaseFixtures.signedIn("cwmtaf.member");
        Browser.Page page = member.open("portal/request.xhtml?id=" + id + "&lang=en");
        assertThat(page.body()).contains("Safeguard Cases · Cwm Taf");
        Browser.Page sent = member.submit(page, "contest", java.util.Map.of("reasons", "   "), "send");
        String body = sent.body();
        int summary = body.indexOf("id=\"error-summary\"");
        assertThat(summary).as("an error summary").isPositive();
        assertThat(summary).as("at the top, before the forms").isLessThan(body.indexOf("id=\"removed\""));
        assertThat(body.substring(summary)).contains("href=\"#contest:reasons\"");
    }

    @Test
    void onceTheCaseIsClosedTheMemberSeesThatItIsAndHowItEnded() {
        String ref = CaseFixtures.a("cwmtaf").about("Morgan Evans").contested(CONTEST, REJECTION)
                .at(CaseStatus.CLOSED).reference();
        MemberRequestView removal = as("cwmtaf.member", () -> bean(MemberRequests.class).mine()).stream()
                .filter(r -> r.caseReference().equals(ref) && r.kind() == RequestKind.REMOVAL).findFirst()
                .orElseThrow();
        assertThat(removal.isCaseClosed()).isTrue();
        String organisation = removal.organisationName();

        Browser member = CaseFixtures.signedIn("cwmtaf.member");
        String history = member.open("portal/history.xhtml?lang=en").body();
        String card = history.substring(history.indexOf("Request to remove content – " + ref + "</h3>"));
        card = card.substring(0, card.indexOf("</li>"));
        assertThat(card).contains("The case is closed.").contains("How the case ended")
                .contains("The board referred the case to your employer, " + organisation
                        + ", which has recorded its outcome and tells you about it.")
                .contains(REJECTION).doesNotContain("Waiting for your answer");
        String page = member.open("portal/request.xhtml?id=" + removal.id()).body();
        assertThat(page).contains("The case is closed.").contains("Closed:");
        String welsh = member.open("portal/history.xhtml?lang=cy").body();
        assertThat(welsh).contains("Mae’r achos wedi’i gau.").contains("Sut y daeth yr achos i ben")
                .as("the organisation's name in Welsh").contains("Atgyfeiriodd y bwrdd yr achos at eich cyflogwr, Heddlu De Cymru");

        Browser other = CaseFixtures.signedIn("nscb.member");
        assertThat(other.open("portal/request.xhtml?id=" + removal.id()).body()).doesNotContain(REJECTION)
                .doesNotContain(ref);
    }
}
