package uk.safeguardcases.application.publicconcern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.ADDRESS;
import static uk.safeguardcases.application.publicconcern.PublicPagesInMemory.BOARD;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.tenancy.AccessRefusedException;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;
import uk.safeguardcases.domain.publicconcern.PublicConcernNotice;
import uk.safeguardcases.domain.publicconcern.ReportStatus;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;

/** The board's side of a public report, over repositories kept in memory. */
class ReportsForOfficersTest {

    private static final String EMAIL = "rhys@example.org";

    private final PublicPagesInMemory world = new PublicPagesInMemory();

    @AfterEach
    void signOut() {
        CallerContext.clear();
    }

    private <T> T asOfficer(java.util.concurrent.Callable<T> work) {
        return CallerContext.runAs(PublicPagesInMemory.officer(), work);
    }

    private void confirm() {
        Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(world.outbox.to(EMAIL).get(0).body());
        assertThat(token.find()).isTrue();
        assertThat(world.followUp.confirmAddress(BOARD, Locale.UK, token.group(1))).isTrue();
    }

    @Test
    void theOfficerSeesWhoReportedAndTheirMessages() {
        String code = world.raise(EMAIL);
        String ref = world.caseOf(code).reference();

        ReportForOfficers report = asOfficer(() -> world.officers.ofCase(ref)).orElseThrow();

        assertThat(report.relation()).isEqualTo(ReporterRelation.PUBLIC);
        assertThat(report.reporterEmail()).isEqualTo(EMAIL);
        assertThat(report.emailConfirmed()).isFalse();
        assertThat(report.messages()).isEmpty();
        assertThat(asOfficer(() -> world.officers.ofCase("CWMTAF-2026-9999"))).isEmpty();
    }

    @Test
    void aMessageIsEmailedOnlyToAnAddressItsOwnerConfirmed() {
        String code = world.raise(EMAIL);
        String ref = world.caseOf(code).reference();

        asOfficer(() -> {
            world.officers.message(ref, "When did you see the post?");
            return null;
        });
        assertThat(world.outbox.to(EMAIL)).as("only the link that confirms the address")
                .extracting(RecordedOutbox.Mail::kind)
                .containsExactly(PublicConcernNotice.REPORTER_ADDRESS_CONFIRMATION);
        assertThat(world.timeline.recorded()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo(PublicConcernAction.MESSAGE_TO_REPORTER);
            assertThat(e.detail()).endsWith("the reporter's e-mail address is not confirmed, so no e-mail");
        });

        confirm();
        asOfficer(() -> {
            world.officers.message(ref, "Thank you. Could you send the link?");
            return null;
        });
        assertThat(world.outbox.to(EMAIL)).last().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(PublicConcernNotice.REPORTER_MESSAGE_WAITING);
            assertThat(mail.caseId()).isNull();
            assertThat(mail.subject()).contains("Cwm Taf Safeguarding Board");
            assertThat(mail.body()).doesNotContain("Could you send").doesNotContain(ref);
        });
        assertThat(world.followUp.open(BOARD, ADDRESS, Locale.UK, code).messages())
                .extracting(FollowUp.Message::body)
                .containsExactly("When did you see the post?", "Thank you. Could you send the link?");
        assertThat(asOfficer(() -> world.officers.ofCase(ref)).orElseThrow().messages())
                .extracting(ReportForOfficers.Message::writtenBy).containsOnly(BOARD + ".officer");
    }

    @Test
    void theReporterIsToldHowItEndedOnlyWhenAnOfficerSharesIt() {
        String code = world.raise(null);
        String ref = world.caseOf(code).reference();
        world.close(world.caseOf(code), ClosureReason.NO_FURTHER_ACTION, Duration.ofHours(1));

        FollowUp closed = world.followUp.open(BOARD, ADDRESS, Locale.UK, code);
        assertThat(closed.status()).isEqualTo(ReportStatus.CLOSED);
        assertThat(closed.outcome()).isNull();

        asOfficer(() -> {
            world.officers.shareOutcome(ref, true);
            return null;
        });
        assertThat(world.followUp.open(BOARD, ADDRESS, Locale.UK, code).outcome())
                .isEqualTo("Closed with no further action.");
        assertThat(world.followUp.open(BOARD, ADDRESS, new Locale("cy"), code).outcome()).isNotBlank()
                .isNotEqualTo("Closed with no further action.");
        assertThat(world.timeline.actions()).containsOnlyOnce(PublicConcernAction.OUTCOME_SHARED_WITH_REPORTER)
                .doesNotContain(PublicConcernAction.OUTCOME_SHARING_CHANGED);
    }

    @Test
    void onlyTheBoardsOfficersWriteAndOnlyAboutACaseFromThePage() {
        String ref = world.caseOf(world.raise(null)).reference();
        Caller member = new Caller(BOARD + ".member", "Morgan Evans", BOARD, Set.of(Role.MEMBER), null);

        assertThatThrownBy(() -> CallerContext.runAs(member, () -> world.officers.ofCase(ref)))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> CallerContext.runAs(member, () -> {
            world.officers.message(ref, "Hello");
            return null;
        })).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> asOfficer(() -> {
            world.officers.message("CWMTAF-2026-9999", "Hello");
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> asOfficer(() -> {
            world.officers.message(ref, "  ");
            return null;
        })).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldMessages()).containsOnlyKeys("message"));
    }
}
