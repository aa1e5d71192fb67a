package uk.safeguardcases.application.declaration;

import uk.safeguardcases.application.investigation.PolicyStatement;

/**
 * Whether the member of a case had declared the version of the policy in force when the conduct happened, and when
 * (the first thing an HR panel asks), in words for the case page, the HR view and the referral pack.
 *
 * @param declared true only when the member had signed the version in force before the conduct
 * @param text in the reader's language
 * @param english in English, for the referral pack's PDF (which is in English)
 */
public record DeclarationStatement(boolean declared, String text, String english) implements PolicyStatement {
}
