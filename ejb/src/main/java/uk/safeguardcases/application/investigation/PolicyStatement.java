package uk.safeguardcases.application.investigation;

import java.io.Serializable;

/**
 * Whether the member of a case had declared the version of the board's policy in force when the conduct happened,
 * and when (the first thing an HR panel asks), in words for the case page, the HR view and the referral pack.
 */
public interface PolicyStatement extends Serializable {

    /** True only when the member had signed the version in force before the conduct. */
    boolean declared();

    /** In the reader's language. */
    String text();

    /** In English, for the referral pack's PDF (which is in English). */
    String english();
}
