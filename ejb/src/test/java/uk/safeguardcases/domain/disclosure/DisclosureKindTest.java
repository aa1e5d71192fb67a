package uk.safeguardcases.domain.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.publicconcern.PublicConcernAction;

/**
 * Every disclosure the product makes is known by the timeline entry that records it, and no other entry is taken for
 * one: the referral pack, a subject access answer, the LADO and adults' referrals, and an outcome shared with the
 * reporter (but not the reporter being told only that it closed).
 */
class DisclosureKindTest {

    @Test
    void eachDisclosureIsKnownByTheEntryTheProductRecordsForIt() {
        assertThat(DisclosureKind.recordedBy(AuditAction.REFERRAL_PACK_SENT.label()))
                .contains(DisclosureKind.REFERRAL_PACK);
        assertThat(DisclosureKind.recordedBy(AuditAction.SUBJECT_ACCESS_ANSWERED.label()))
                .contains(DisclosureKind.SUBJECT_ACCESS_ANSWER);
        assertThat(DisclosureKind.recordedBy(AuditAction.REFERRED_TO_LADO.label()))
                .contains(DisclosureKind.LADO_REFERRAL);
        assertThat(DisclosureKind.recordedBy(AuditAction.REFERRED_TO_ADULT_SAFEGUARDING.label()))
                .contains(DisclosureKind.ADULTS_REFERRAL);
        assertThat(DisclosureKind.recordedBy(PublicConcernAction.OUTCOME_SHARED_WITH_REPORTER.label()))
                .as("its own action, whatever its detail says").contains(DisclosureKind.OUTCOME_TO_REPORTER);
    }

    @Test
    void anEntryThatDisclosesNothingIsNoDisclosure() {
        assertThat(DisclosureKind.recordedBy(PublicConcernAction.OUTCOME_SHARING_CHANGED.label()))
                .as("told only that it closed").isEmpty();
        assertThat(DisclosureKind.recordedBy(AuditAction.REFERRAL_APPROVED.label())).isEmpty();
        assertThat(DisclosureKind.recordedBy(AuditAction.SUBJECT_ACCESS_EXTENDED.label())).isEmpty();
    }

    @Test
    void theSharingDutyOfTheChildrensWellbeingAndSchoolsAct2026IsTheLadoReferralsUsualBasis() {
        assertThat(DisclosureKind.LADO_REFERRAL.usualBasis()).isEqualTo(StandardBasis.CWSA_2026_DUTY_TO_SHARE);
        assertThat(DisclosureKind.SUBJECT_ACCESS_ANSWER.usualBasis()).isEqualTo(StandardBasis.UK_GDPR_ARTICLE_15);
    }
}
