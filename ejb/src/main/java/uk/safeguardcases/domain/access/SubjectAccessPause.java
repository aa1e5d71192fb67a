package uk.safeguardcases.domain.access;

/**
 * What the board waits for while a request's clock is paused (UK GDPR Article 12A; ICO, "Right of access: time
 * limits"): only information it reasonably requires, asked for as soon as possible, never on a blanket basis.
 */
public enum SubjectAccessPause {
    /** Proof of the requester's identity (or of their authority to act for the person). */
    IDENTITY,
    /** Which information, or which processing, the request is about. */
    CLARIFICATION
}
