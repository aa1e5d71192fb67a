package uk.safeguardcases.domain.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.AllegationFinding;

/** Which of the sending board's own timeline entries are a change told to the board a case was sent to. */
class SenderChangeTest {

    @Test
    void aReopeningEveryFindingAnAgreedOneAndARemovalAreChanges() {
        assertThat(SenderChange.of(AuditAction.CASE_REOPENED.label(), null))
                .contains(new SenderChange.Told(SenderChange.REOPENED, null));
        assertThat(SenderChange.of(AuditAction.CASE_REMOVED.label(), null))
                .contains(new SenderChange.Told(SenderChange.REMOVED, null));
        for (AllegationFinding finding : AllegationFinding.values()) {
            assertThat(SenderChange.mayBe(finding.findingAction().label())).isTrue();
            assertThat(SenderChange.of(finding.findingAction().label(), null))
                    .contains(new SenderChange.Told(SenderChange.FOUND, finding));
        }
        assertThat(SenderChange.of(AuditAction.FINDING_AGREED.label(), AllegationFinding.FALSE))
                .contains(new SenderChange.Told(SenderChange.FOUND, AllegationFinding.FALSE));
        assertThat(new SenderChange.Told(SenderChange.FOUND, AllegationFinding.MALICIOUS).inEnglish())
                .isEqualTo("the allegation found malicious");
    }

    @Test
    void aProposalARefusalAndEverythingElseAreNot() {
        for (AuditAction action : new AuditAction[] {AuditAction.FINDING_PROPOSED, AuditAction.FINDING_REFUSED,
                AuditAction.OUTCOME_DECIDED, AuditAction.CASE_CLOSED, AuditAction.LEGAL_HOLD_PLACED}) {
            assertThat(SenderChange.mayBe(action.label())).as(action.name()).isFalse();
            assertThat(SenderChange.of(action.label(), AllegationFinding.FALSE)).as(action.name()).isEmpty();
        }
        assertThat(SenderChange.of(AuditAction.FINDING_AGREED.label(), null)).as("no finding held").isEmpty();
        assertThatThrownBy(() -> new SenderChange.Told(SenderChange.FOUND, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
