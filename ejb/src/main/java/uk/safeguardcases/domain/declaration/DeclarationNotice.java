package uk.safeguardcases.domain.declaration;

import uk.safeguardcases.domain.notification.Notice.Audience;
import uk.safeguardcases.domain.notification.NoticeKind;

/** The e-mails of the policy declarations (NSCB model policy 4.2, 5.1, 11.1 and Appendix 1). */
public enum DeclarationNotice implements NoticeKind {
    /** To a member: complete the Employee Declaration Form for a newly published version (model policy 4.2). */
    DECLARATION_ASKED(Audience.MEMBER),
    /** To a member: the form is still to be completed (7 and 14 days). */
    DECLARATION_REMINDER(Audience.MEMBER),
    /** To the member's manager (or, with none recorded, the board's administrators): not completed in 21 days. */
    DECLARATION_OVERDUE(Audience.MANAGER),
    /** To the member's manager: a team member signed and named them; countersign it (Appendix 1). */
    DECLARATION_TO_COUNTERSIGN(Audience.MANAGER),
    /** To the policy's owner (model policy 11.1): its review date is near. */
    POLICY_REVIEW_DUE(Audience.PERSON);

    private final Audience audience;

    DeclarationNotice(Audience audience) {
        this.audience = audience;
    }

    @Override
    public Audience audience() {
        return audience;
    }
}
