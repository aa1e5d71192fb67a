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
        assertThat(DisclosureKind.recordedBy(AuditAction.REFERRAL_PACK_SENT.label(), "Referral pack PDF sent"))
                .contains(DisclosureKind.REFERRAL_PACK);
        assertThat(DisclosureKind.recordedBy(AuditAction.SUBJECT_ACCESS_ANSWERED.label(), "CHSCB-SAR-2026-0001: …"))
                .contains(DisclosureKind.SUBJECT_ACCESS_ANSWER);
        assertThat(DisclosureKind.recordedBy(AuditAction.REFERRED_TO_LADO.label(), "LADO ref 42"))
                .contains(DisclosureKind.LADO_REFERRAL);
        assertThat(DisclosureKind.recordedBy(AuditAction.REFERRED_TO_ADULT_SAFEGUARDING.label(), "ASA-1"))
                .contains(DisclosureKind.ADULTS_REFERRAL);
        assertThat(DisclosureKind.recordedBy(PublicConcernAction.OUTCOME_SHARING_CHANGED.label(),
                "The reporter is told the outcome")).contains(DisclosureKind.OUTCOME_TO_REPORTER);
    }

    @Test
    void anEntryThatDisclosesNothingIsNoDisclosure() {
        assertThat(DisclosureKind.recordedBy(PublicConcernAction.OUTCOME_SHARING_CHANGED.label(),
                "The reporter is told only that it is closed")).isEmpty();
        assertThat(DisclosureKind.recordedBy(AuditAction.REFERRAL_APPROVED.label(), "Approved")).isEmpty();
        assertThat(DisclosureKind.recordedBy(AuditAction.SUBJECT_ACCESS_EXTENDED.label(), "x")).isEmpty();
    }

    @Test
    void theSharingDutyOfTheChildrensWellbeingAndSchoolsAct2026IsTheLadoReferralsUsualBasis() {
        assertThat(DisclosureKind.LADO_REFERRAL.usualBasis()).isEqualTo(StandardBasis.CWSA_2026_DUTY_TO_SHARE);
        assertThat(DisclosureKind.SUBJECT_ACCESS_ANSWER.usualBasis()).isEqualTo(StandardBasis.UK_GDPR_ARTICLE_15);
    }
}
