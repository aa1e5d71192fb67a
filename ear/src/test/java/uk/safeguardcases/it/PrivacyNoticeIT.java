package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.signedIn;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.administration.DataProtectionOfficer;
import uk.safeguardcases.application.administration.PrivacyNotices;
import uk.safeguardcases.application.administration.ProcessingRecord;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * Members told how their data is used (issue 14): each board's privacy notice in the portal, in English and Welsh,
 * the product's standard wording (naming the board and its own retention period) until the board's administrator
 * writes its own; the record of processing, printable; only the administrator changes them, audited; no board reads
 * another's.
 */
@ExtendWith(ArquillianExtension.class)
class PrivacyNoticeIT {

    private static final String OWN = "Mae’r bwrdd – “Bwrdd Prawf” – yn cadw’ch data’n ddiogel; £0 i ofyn am gopi 🙂";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(PrivacyNoticeIT.class);
    }

    @Test
    void aMemberReadsTheStandardNoticeOfTheirOwnBoardInTheirLanguage() {
        String english = signedIn("chscb.member").open("portal/privacy.xhtml?lang=en").body();
        assertThat(english).contains("How the board uses your information")
                .contains("City &amp; Hackney Safeguarding Children Board uses Safeguard Cases")
                .contains("a concern closed at triage with no further action for 12 months")
                .contains("subject access request").doesNotContain("Northumberland");
        String welsh = signedIn("cwmtaf.member").open("portal/privacy.xhtml?lang=cy").body();
        assertThat(welsh).containsAnyOf("Sut mae&#39;r bwrdd yn defnyddio eich gwybodaeth", "Sut mae'r bwrdd yn defnyddio eich gwybodaeth")
                .contains("Mae Byrddau Diogelu Cwm Taf yn defnyddio Safeguard Cases")
                .contains("lang=\"cy\"").doesNotContain("Saesneg yn unig");
    }

    @Test
    void theAdministratorWritesTheBoardsOwnNoticeAndRecordAndOnlyTheyMay() {
        TestBoard board = TestBoard.like("cwmtaf");
        String member = board.person("member");
        as(board.admin(), () -> bean(PrivacyNotices.class).describe(OWN, null, "dpo@cwm-prawf.example.org – 01443 000000",
                null, null, "Y partner AD – “HR” – yn unig"));
        assertThat(signedIn(board.admin()).open("admin/processing-record.xhtml").body())
                .contains("Y partner AD – “HR” – yn unig");

        String welshPage = signedIn(member).open("portal/privacy.xhtml?lang=cy").body();
        assertThat(welshPage).as("no Welsh given: the English, said to be English").contains(OWN)
                .contains("lang=\"en\"").contains("Saesneg yn unig: nid oes testun Cymraeg");
        as(board.admin(), () -> bean(PrivacyNotices.class).describe(OWN, "Hysbysiad Cymraeg – ŵ ŷ", null, null, null,
                null));
        assertThat(signedIn(member).open("portal/privacy.xhtml?lang=cy").body()).contains("Hysbysiad Cymraeg – ŵ ŷ")
                .doesNotContain("Saesneg yn unig");
        assertThat(signedIn(member).open("portal/privacy.xhtml?lang=en").body()).contains(OWN);
        assertThat(signedIn("cwmtaf.member").open("portal/privacy.xhtml?lang=en").body())
                .as("another board's member").doesNotContain(OWN);

        ProcessingRecord record = as(board.admin(), () -> bean(PrivacyNotices.class).record());
        assertThat(record.recipients()).as("back to the standard wording when blank")
                .startsWith("The board's compliance officers and senior managers");
        assertThat(record.retention()).contains("no further action: 12 months");
        String printable = signedIn(board.admin()).open("admin/processing-record.xhtml").body();
        assertThat(printable).contains("Record of processing").contains("id=\"record-retention\"")
                .contains("Article 6(1)(e)");
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(20))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("Privacy notice changed");
            assertThat(e.detail()).doesNotContain(OWN);
        });

        assertThatThrownBy(() -> as(board.officer(), () -> bean(PrivacyNotices.class).describe("x", null, null, null,
                null, null))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(member, () -> bean(PrivacyNotices.class).record()))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(board.admin(), () -> bean(PrivacyNotices.class).describe(null, "Cymraeg yn unig",
                null, null, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsKey("notice"));
        assertThat(signedIn(member).open("admin/privacy.xhtml").status()).as("a member is not let in").isEqualTo(403);
        assertThat(signedIn(member).open("admin/processing-record.xhtml").status()).isEqualTo(403);
        assertThat(signedIn(board.officer()).open("admin/processing-record.xhtml").status())
                .as("nor an officer").isEqualTo(403);
        assertThat(signedIn(board.officer()).open("portal/privacy.xhtml").status())
                .as("the portal's page is the members'").isEqualTo(403);
        assertThat(signedIn("cwmtaf.admin").open("admin/processing-record.xhtml").body())
                .as("another board's administrator").doesNotContain("Y partner AD – “HR” – yn unig");
        assertThat(signedIn("cwmtaf.admin").open("admin/privacy.xhtml").body()).doesNotContain(OWN);
    }

    @Test
    void theAdministratorNamesADataProtectionOfficerWhoIsNotAComplianceOfficer() {
        TestBoard board = TestBoard.like("chscb");
        String officersAddress = as(board.admin(), () -> bean(PersonRepository.class)
                .emailsOf(java.util.List.of(Role.OFFICER))).get(0);
        assertThatThrownBy(() -> as(board.admin(), () -> bean(PrivacyNotices.class).nameDataProtectionOfficer(
                "Dr Siân O’Neill", officersAddress.toUpperCase(java.util.Locale.ROOT), null)))
                .as("a member complaining about the officer must be able to go past them")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldMessages())
                        .containsOnlyKeys("dpoEmail"));
        assertThatThrownBy(() -> as(board.admin(), () -> bean(PrivacyNotices.class).nameDataProtectionOfficer(
                " ", "not an address", "12345"))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldMessages()).containsOnlyKeys("dpoName", "dpoEmail", "dpoPhone"));
        assertThatThrownBy(() -> as(board.officer(), () -> bean(PrivacyNotices.class).nameDataProtectionOfficer(
                "x", "dpo@example.org", null))).isInstanceOf(AccessRefusedException.class);

        DataProtectionOfficer named = as(board.admin(), () -> bean(PrivacyNotices.class).nameDataProtectionOfficer(
                " Dr Siân O’Neill ", "dpo@hackney-prawf.example.org", "+44 20 8356 3000"));
        assertThat(named).isEqualTo(new DataProtectionOfficer("Dr Siân O’Neill", "dpo@hackney-prawf.example.org",
                "+44 20 8356 3000"));
        String page = signedIn(board.person("member")).open("portal/privacy.xhtml?lang=en").body();
        assertThat(page).contains("id=\"dpo-contact\"").contains("mailto:dpo@hackney-prawf.example.org")
                .contains("You need not go through the compliance officer handling your case")
                .containsAnyOf("Dr Siân O’Neill, the board&#39;s data protection officer: dpo@hackney-prawf.example.org",
                        "Dr Siân O’Neill, the board's data protection officer: dpo@hackney-prawf.example.org")
                .doesNotContain("through the compliance officer who contacted you");
        assertThat(as(board.admin(), () -> bean(TimelineService.class).boardEntries(5))).anySatisfy(e -> assertThat(
                e.detail()).contains("data protection officer").doesNotContain("hackney-prawf"));
        assertThat(signedIn("chscb.member").open("portal/privacy.xhtml?lang=en").body())
                .as("another board's member").doesNotContain("hackney-prawf").contains("id=\"dpo-none\"");
    }
}
