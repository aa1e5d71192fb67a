package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguardcases.it.ApiCalls.get;
import static uk.safeguardcases.it.ApiCalls.token;
import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;
import static uk.safeguardcases.it.CaseFixtures.caller;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.application.transfer.ReceivedTransfers;
import uk.safeguardcases.application.transfer.SendInput;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.it.ApiCalls.Answer;

/**
 * Issue 67 through the API: the receiving board's senior managers read the cases other boards sent, as they came
 * (the files by their names and SHA-256), where each stands in Welsh or English; the sending board's, what it sent and
 * how each stands. Another board reaches nothing of it (not found, as one that does not exist); the boards' other
 * roles are refused; nothing of the sent case's third party or of its reporter is in any answer.
 */
@ExtendWith(ArquillianExtension.class)
class TransfersApiIT {

    private static final String SUBJECT = "Ŵyn ap Rhys – “Bryn” \u200F🙂";
    private static final String THIRD_PARTY = "Gwenllïan Prys";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(TransfersApiIT.class);
    }

    @Test
    void theSeniorManagersReadWhatCameAndWhatWentAndNobodyElseDoes() throws Exception {
        TestBoard from = TestBoard.like("chscb");
        TestBoard to = TestBoard.like("cwmtaf");
        TestBoard other = TestBoard.like("nscb");
        String ref = CaseFixtures.a(from.id()).about(SUBJECT)
                .inOrganisation(caller(from.person("member")).organisationId())
                .raisedFrom(CaseSource.PUBLIC_COMPLAINT, "A post naming " + THIRD_PARTY + " – £5")
                .alleging("A photograph of " + THIRD_PARTY + "'s family.")
                .withEvidence(EvidenceInput.file(null, Platform.INSTAGRAM, "llun.png", "image/png", CaseFixtures.PNG,
                        Instant.now().minusSeconds(300), CaptureMethod.PUBLIC_PAGE_VIEWED, CaptureForm.SCREENSHOT,
                        true))
                .gathered("One screenshot.").at(CaseStatus.AWAITING_REMOVAL).reference();
        as(from.person("senior"), () -> bean(CaseTransfers.class).propose(ref, new SendInput(to.id(),
                "CROSS_BORDER_PROTOCOL", "Volunteers in “Aberdâr”", true, List.of(1), THIRD_PARTY, null, null,
                true)));
        long id = awaitReceived(to, ref);

        String senior = token(to.person("senior"), Scope.READ);
        JsonObject list = get(senior, "transfers/received", "cy").json();
        JsonObject row = list.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getInt("id") == id).findFirst().orElseThrow();
        assertThat(row.getString("fromReference")).isEqualTo(ref);
        assertThat(row.getString("status")).isEqualTo("AWAITING_DECISION");
        assertThat(row.getString("statusText")).as("in Welsh").isNotEqualTo("Waiting for your decision")
                .isNotBlank();
        assertThat(row.getBoolean("changedSince")).isFalse();

        Answer one = get(senior, "transfers/received/" + id, "en");
        assertThat(one.status()).isEqualTo(200);
        JsonObject came = one.json();
        assertThat(came.getString("subjectName")).isEqualTo(SUBJECT);
        assertThat(came.getString("reason")).isEqualTo("Volunteers in “Aberdâr”");
        assertThat(came.getString("statusText")).isEqualTo("Waiting for your decision");
        assertThat(came.getJsonArray("allegations")).hasSize(1);
        assertThat(came.getJsonArray("evidence")).hasSize(1);
        JsonObject file = came.getJsonArray("files").getJsonObject(0);
        assertThat(file.getString("fileName")).as("never the name it was uploaded with").isEqualTo("evidence-1.png");
        assertThat(file.getString("sha256")).isEqualTo(uk.safeguardcases.domain.evidence.ContentHash.sha256Hex(
                CaseFixtures.PNG));
        assertThat(one.body()).as("the third party redacted").doesNotContain(THIRD_PARTY).contains("[redacted]");

        // Another board: not found, by id, and nothing in its list; the board's officer and HR partner refused.
        String stranger = token(other.person("senior"), Scope.READ);
        Answer notFound = get(stranger, "transfers/received/" + id, "en");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).doesNotContain(ref).doesNotContain("Bryn");
        assertThat(get(stranger, "transfers/received", "en").body()).doesNotContain(ref);
        assertThat(get(stranger, "transfers/sent", "en").body()).doesNotContain(ref);
        assertThat(get(stranger, "transfers/received/not-a-number", "en").status()).isEqualTo(404);
        for (String person : List.of(to.officer(), to.person("hr"), to.person("admin"))) {
            Answer refused = get(token(person, Scope.READ), "transfers/received/" + id, "en");
            assertThat(refused.status()).as(person).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("Bryn");
        }
        assertThat(get(token(from.person("senior"), Scope.READ), "transfers/received/" + id, "en").status())
                .as("the sending board reads its own record, not the copy").isEqualTo(404);

        // The sending board's senior managers: what went and how it stands.
        JsonObject sent = get(token(from.person("senior"), Scope.READ), "transfers/sent", "en").json();
        JsonObject went = sent.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("caseReference").equals(ref)).findFirst().orElseThrow();
        assertThat(went.getString("status")).isEqualTo("SENT");
        assertThat(went.getBoolean("asPackage")).isFalse();
        assertThat(went.getString("legalBasis")).isEqualTo("CROSS_BORDER_PROTOCOL");
        assertThat(get(token(to.person("senior"), Scope.READ), "transfers/sent", "en").body()).doesNotContain(ref);

        // Declined: only the fact is left, through the API too.
        as(to.person("senior"), () -> {
            bean(ReceivedTransfers.class).decline(id, "Not ours");
            return null;
        });
        Answer declined = get(senior, "transfers/received/" + id, "en");
        assertThat(declined.json().getString("status")).isEqualTo("DECLINED");
        assertThat(declined.json().containsKey("erasedAt")).isTrue();
        assertThat(declined.body()).doesNotContain("Bryn").doesNotContain("Aberdâr").doesNotContain("llun.png");
    }

    private static long awaitReceived(TestBoard to, String fromReference) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            var found = as(to.person("senior"), () -> bean(ReceivedTransfers.class).receivedList()).stream()
                    .filter(r -> r.received().fromReference().equals(fromReference)).findFirst();
            if (found.isPresent()) {
                return found.get().received().id();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not received within a minute: " + fromReference);
    }

}
