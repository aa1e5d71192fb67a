package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.disclosure.DisclosureLog;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.domain.access.SubjectAccessRequestDetails;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.disclosure.DisclosureKind;

/**
 * The board's disclosure log on the real server (issue 65): a case walked to the HR partner's referral makes two
 * disclosures (the LADO referral and the referral pack), each recorded with the legal basis the board's administrator
 * chose for its kind from the board's list (a basis they added, in English and Welsh, among them); a subject access
 * answer is recorded under its request; the CSV holds the same; another board, and the wrong roles, see none of it.
 */
@ExtendWith(ArquillianExtension.class)
class DisclosureLogIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(DisclosureLogIT.class);
    }

    @Test
    void everyDisclosureOfACaseIsLoggedWithTheLegalBasisTheBoardChoseAndAnotherBoardSeesNone() {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        DisclosureLog log = bean(DisclosureLog.class);
        String s47 = as(board.admin(), () -> log.addBasis("Children Act 1989 s.47 – “enquiries” 🙂",
                "Deddf Plant 1989 a.47 – “ymholiadau” ŵ"));
        as(board.admin(), () -> log.choose(DisclosureKind.REFERRAL_PACK, s47));
        assertThat(as(board.person("senior"), () -> log.kinds())).contains(
                new DisclosureLog.KindBasis(DisclosureKind.REFERRAL_PACK, s47),
                new DisclosureLog.KindBasis(DisclosureKind.LADO_REFERRAL, "CWSA_2026_DUTY_TO_SHARE"));

        String ref = CaseFixtures.a(board.id()).harmThresholdMet().at(CaseStatus.REFERRED_TO_HR).reference();
        CaseFixtures.await(ref, () -> as(board.person("senior"), () -> log.lines(ref)).size() == 2, "both disclosures");
        List<DisclosureLog.Line> lines = as(board.person("senior"), () -> log.lines(ref));
        assertThat(lines).extracting(DisclosureLog.Line::kind)
                .containsExactlyInAnyOrder(DisclosureKind.LADO_REFERRAL, DisclosureKind.REFERRAL_PACK);
        assertThat(lines).filteredOn(l -> l.kind() == DisclosureKind.LADO_REFERRAL).singleElement()
                .extracting(DisclosureLog.Line::basis).asString().startsWith("Children’s Wellbeing and Schools Act 2026");
        assertThat(lines).filteredOn(l -> l.kind() == DisclosureKind.REFERRAL_PACK).singleElement()
                .extracting(DisclosureLog.Line::basis).isEqualTo("Children Act 1989 s.47 – “enquiries” 🙂");
        assertThat(lines).extracting(DisclosureLog.Line::reference).containsOnly(ref);

        String csv = new String(as(board.admin(), () -> log.csv(ref)), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).startsWith("\uFEFFWhen,Case or request,What was disclosed,To whom,Legal basis,By")
                .contains(ref + ",LADO referral,The Local Authority Designated Officer")
                .contains(",Children Act 1989 s.47 – “enquiries” 🙂,");

        // A subject access answer is a disclosure too, under its request's reference.
        String sar = as(board.officer(), () -> bean(SubjectAccessRequests.class).record(new SubjectAccessRequestDetails(
                "Morgan Evans", "Morgan Evans", null, LocalDate.now(UK), "Ceri Jones", "Passport seen")));
        as(board.officer(), () -> bean(SubjectAccessRequests.class).answer(sar));
        assertThat(as(board.person("senior"), () -> log.lines(sar))).singleElement().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(DisclosureKind.SUBJECT_ACCESS_ANSWER);
            assertThat(l.basis()).startsWith("UK GDPR Article 15");
        });
        assertThat(as(board.person("senior"), () -> log.lines(null))).hasSizeGreaterThanOrEqualTo(3);

        // Another board: none of it, its own list untouched; the wrong roles: refused.
        assertThat(as(other.person("senior"), () -> log.lines(ref))).isEmpty();
        assertThat(as(other.person("senior"), () -> log.lines(null))).isEmpty();
        assertThat(new String(as(other.admin(), () -> log.csv(null)), StandardCharsets.UTF_8).lines()).hasSize(1);
        assertThat(as(other.admin(), () -> log.bases())).extracting(b -> b.code()).doesNotContain(s47);
        assertThatThrownBy(() -> as(other.admin(), () -> log.choose(DisclosureKind.LADO_REFERRAL, s47)))
                .isInstanceOf(InvalidInputException.class);
        for (String role : List.of("officer", "member", "hr")) {
            assertThatThrownBy(() -> as(board.person(role), () -> log.lines(ref))).as(role)
                    .isInstanceOf(AccessRefusedException.class);
            assertThatThrownBy(() -> as(board.person(role), () -> log.csv(ref))).as(role)
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> as(board.person("senior"), () -> log.addBasis("x", "y")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.admin(), () -> log.addBasis(" ", "")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDisclosuresBasisIsChosenAgainFromTheBoardsListAuditedAndAnotherBoardCannotTouchIt() {
        TestBoard board = TestBoard.like("chscb");
        TestBoard other = TestBoard.like("chscb");
        DisclosureLog log = bean(DisclosureLog.class);
        String s47 = as(board.admin(), () -> log.addBasis("Children Act 1989 s.47 – “enquiries”",
                "Deddf Plant 1989 a.47 – “ymholiadau” ŵ"));
        String ref = CaseFixtures.a(board.id()).harmThresholdMet().at(CaseStatus.AWAITING_AUTHORISATION)
                .reference();
        CaseFixtures.await(ref, () -> as(board.person("senior"), () -> log.lines(ref)).size() == 1, "the LADO referral");
        DisclosureLog.Line lado = as(board.person("senior"), () -> log.lines(ref)).get(0);
        assertThat(lado.basisCode()).as("the kind's, by default").isEqualTo("CWSA_2026_DUTY_TO_SHARE");
        assertThat(lado.basisChosenBy()).isNull();

        // Another board's senior manager and administrator: not found, whatever the basis; the wrong roles: refused.
        assertThatThrownBy(() -> as(other.person("senior"), () -> log.changeBasis(lado.id(), "UK_GDPR_ARTICLE_6_1_E")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Choose a disclosure");
        assertThatThrownBy(() -> as(other.admin(), () -> log.changeBasis(lado.id(), s47)))
                .isInstanceOf(InvalidInputException.class);
        for (String role : List.of("officer", "member", "hr")) {
            assertThatThrownBy(() -> as(board.person(role), () -> log.changeBasis(lado.id(), s47))).as(role)
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThatThrownBy(() -> as(board.person("senior"), () -> log.changeBasis(lado.id(), "BOARD-999999")))
                .as("not on the board's list").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from the board’s list");
        assertThat(as(board.person("senior"), () -> log.lines(ref)).get(0).basisCode()).isEqualTo(
                "CWSA_2026_DUTY_TO_SHARE");

        as(board.person("senior"), () -> log.changeBasis(lado.id(), s47));
        DisclosureLog.Line changed = as(board.person("senior"), () -> log.lines(ref)).get(0);
        assertThat(changed.basisCode()).isEqualTo(s47);
        assertThat(changed.basis()).isEqualTo("Children Act 1989 s.47 – “enquiries”");
        assertThat(changed.basisChosenBy()).isEqualTo(board.person("senior"));
        assertThat(changed.basisChosenAt()).isNotNull();
        assertThat(as(other.person("senior"), () -> log.lines(null))).isEmpty();
        String csv = new String(as(board.admin(), () -> log.csv(ref)), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",By,Legal basis chosen again");
        assertThat(csv).contains(",Children Act 1989 s.47 – “enquiries”,").contains(board.person("senior") + ", ");
        long caseId = as(board.person("senior"), () -> bean(CaseLookup.class).toRead(ref).id());
        assertThat(as(board.person("senior"), () -> bean(TimelineService.class).forCase(caseId))).filteredOn(
                e -> "Legal basis of a disclosure changed".equals(e.action())).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("CWSA_2026_DUTY_TO_SHARE changed to " + s47));
    }
}
