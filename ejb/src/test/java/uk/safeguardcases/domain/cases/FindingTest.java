package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The finding on the allegation on its own: recording it, a breach found at closure, and a false or malicious finding
 * that one senior manager proposes and a second agrees or refuses. That only a closed case takes a finding, and what
 * it does to the retention date, is the case's ({@link SafeguardingCaseTest}, {@link DecisionsPutRightTest}).
 */
class FindingTest {

    private static final Instant PROPOSED = Instant.parse("2026-11-21T14:00:00Z");
    private static final Instant AGREED = Instant.parse("2026-11-24T09:30:00Z");

    @Test
    void nothingIsFoundOrProposedAtFirst() {
        Finding finding = new Finding();

        assertThat(finding.found()).isNull();
        assertThat(finding.recordedBy()).isNull();
        assertThat(finding.falseOrMalicious()).isFalse();
        assertThat(finding.awaitsSecondSenior()).isFalse();
        assertThat(finding.mayDecideProposal("chscb.senior")).isFalse();
    }

    @Test
    void aRecordedFindingSaysWhoRecordedItAndWhen() {
        Finding finding = new Finding();
        finding.record(AllegationFinding.UNSUBSTANTIATED, "chscb.senior", AGREED);

        assertThat(finding.found()).isEqualTo(AllegationFinding.UNSUBSTANTIATED);
        assertThat(finding.recordedBy()).isEqualTo("chscb.senior");
        assertThat(finding.recordedAt()).isEqualTo(AGREED);
        assertThat(finding.falseOrMalicious()).isFalse();
    }

    @Test
    void aClosureThatFoundABreachSubstantiatesTheAllegationUnlessAFindingIsAlreadyRecorded() {
        Finding none = new Finding();
        none.substantiatedUnlessFound(AGREED);
        assertThat(none.found()).isEqualTo(AllegationFinding.SUBSTANTIATED);
        assertThat(none.recordedAt()).isEqualTo(AGREED);
        assertThat(none.recordedBy()).as("the closure, not a person, found it").isNull();

        Finding already = new Finding();
        already.record(AllegationFinding.UNFOUNDED, "chscb.senior", PROPOSED);
        already.substantiatedUnlessFound(AGREED);
        assertThat(already.found()).isEqualTo(AllegationFinding.UNFOUNDED);
        assertThat(already.recordedAt()).isEqualTo(PROPOSED);
    }

    @ParameterizedTest
    @EnumSource(value = AllegationFinding.class, names = {"FALSE", "MALICIOUS"})
    void aFalseOrMaliciousFindingIsProposedWithWhoProposedItWhyAndWhen(AllegationFinding proposed) {
        Finding finding = new Finding();
        finding.propose(proposed, "chscb.senior", "The complainant admitted inventing the “screenshot”.", PROPOSED);

        assertThat(finding.awaitsSecondSenior()).isTrue();
        assertThat(finding.proposed()).isEqualTo(proposed);
        assertThat(finding.proposedBy()).isEqualTo("chscb.senior");
        assertThat(finding.proposalReason()).isEqualTo("The complainant admitted inventing the “screenshot”.");
        assertThat(finding.proposedAt()).isEqualTo(PROPOSED);
        assertThat(finding.found()).as("nothing is found until a second senior agrees").isNull();
    }

    @ParameterizedTest
    @EnumSource(value = AllegationFinding.class, names = {"SUBSTANTIATED", "UNSUBSTANTIATED", "UNFOUNDED"})
    void noOtherFindingWaitsForASecondSenior(AllegationFinding finding) {
        Finding part = new Finding();

        assertThatThrownBy(() -> part.propose(finding, "chscb.senior", "Reason.", PROPOSED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Only a closed case's false or malicious finding is proposed, once");
        assertThat(part.awaitsSecondSenior()).isFalse();
    }

    @Test
    void aSecondProposalWaitsUntilTheFirstIsDecided() {
        Finding finding = proposedBy("chscb.senior");

        assertThatThrownBy(() -> finding.propose(AllegationFinding.FALSE, "chscb.senior2", "Mistaken.", AGREED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Only a closed case's false or malicious finding is proposed, once");
        assertThat(finding.proposed()).isEqualTo(AllegationFinding.MALICIOUS);
        assertThat(finding.proposedBy()).isEqualTo("chscb.senior");
    }

    @Test
    void anySeniorButTheOneWhoProposedItMayDecideTheProposal() {
        Finding finding = proposedBy("chscb.senior");

        assertThat(finding.mayDecideProposal("chscb.senior")).isFalse();
        assertThat(finding.mayDecideProposal("chscb.senior2")).isTrue();
        assertThatThrownBy(() -> finding.agree("chscb.senior", AGREED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A second senior manager agrees the finding");
        assertThatThrownBy(() -> finding.refuse("chscb.senior"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A second senior manager refuses the finding");
        assertThat(finding.awaitsSecondSenior()).isTrue();
    }

    @Test
    void anAgreedFindingIsRecordedAsTheProposersWithWhoAgreedIt() {
        Finding finding = proposedBy("chscb.senior");

        finding.agree("chscb.senior2", AGREED);

        assertThat(finding.found()).isEqualTo(AllegationFinding.MALICIOUS);
        assertThat(finding.recordedBy()).isEqualTo("chscb.senior");
        assertThat(finding.recordedAt()).isEqualTo(AGREED);
        assertThat(finding.agreedBy()).isEqualTo("chscb.senior2");
        assertThat(finding.falseOrMalicious()).isTrue();
        assertThat(finding.awaitsSecondSenior()).isFalse();
        assertThat(finding.proposedBy()).isNull();
        assertThat(finding.proposalReason()).isNull();
        assertThat(finding.proposedAt()).isNull();
    }

    @Test
    void aRefusedProposalLeavesTheFindingAsItWas() {
        Finding finding = new Finding();
        finding.record(AllegationFinding.UNSUBSTANTIATED, "chscb.officer", PROPOSED);
        finding.propose(AllegationFinding.FALSE, "chscb.senior", "Another account’s post.", PROPOSED);

        finding.refuse("chscb.senior2");

        assertThat(finding.found()).isEqualTo(AllegationFinding.UNSUBSTANTIATED);
        assertThat(finding.recordedBy()).isEqualTo("chscb.officer");
        assertThat(finding.agreedBy()).isNull();
        assertThat(finding.awaitsSecondSenior()).isFalse();
        assertThat(finding.proposed()).isNull();
    }

    @Test
    void nobodyDecidesAProposalNobodyMade() {
        Finding finding = new Finding();

        assertThatThrownBy(() -> finding.agree("chscb.senior2", AGREED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A second senior manager agrees the finding");
        assertThatThrownBy(() -> finding.refuse("chscb.senior2"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A second senior manager refuses the finding");
        assertThat(finding.found()).isNull();
    }

    private static Finding proposedBy(String senior) {
        Finding finding = new Finding();
        finding.propose(AllegationFinding.MALICIOUS, senior, "The complainant admitted inventing it.", PROPOSED);
        return finding;
    }
}
