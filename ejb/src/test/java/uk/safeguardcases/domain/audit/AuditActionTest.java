package uk.safeguardcases.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.cases.AllegationFinding;
import uk.safeguardcases.domain.referral.Agency;
import uk.safeguardcases.domain.requests.RequestKind;

/** The timeline hashes each label it records, so the words for an agency, a request or a finding never change. */
class AuditActionTest {

    @Test
    void eachAgencyHasTheReferralWordsTheTimelineHasAlwaysRecorded() {
        assertThat(Arrays.stream(Agency.values()).map(agency -> agency.referralAction().label())).containsExactly(
                "Referred to POLICE", "Referred to IWF", "Referred to CEOP", "Referred to LADO",
                "Reported to the adult safeguarding team");
    }

    @Test
    void eachRequestToTheMemberHasTheWordsOfItsSending() {
        assertThat(RequestKind.REMOVAL.sentAction()).isEqualTo(AuditAction.REMOVAL_REQUEST_SENT);
        assertThat(RequestKind.COOPERATION.sentAction()).isEqualTo(AuditAction.COOPERATION_REQUEST_SENT);
        assertThat(Arrays.stream(RequestKind.values()).map(kind -> kind.sentAction().label()))
                .containsExactly("Content removal request sent", "Co-operation request sent");
    }

    @Test
    void eachFindingHasTheWordsTheTimelineHasAlwaysRecorded() {
        assertThat(Arrays.stream(AllegationFinding.values()).map(finding -> finding.findingAction().label()))
                .containsExactly("Allegation found substantiated", "Allegation found unsubstantiated",
                        "Allegation found unfounded", "Allegation found false", "Allegation found malicious");
    }
}
