package uk.safeguardcases.domain.access;

import java.time.LocalDate;

/**
 * A subject access request as the officer records it.
 *
 * @param requestedBy who asked: the person, or who acts for them
 * @param subjectName whom it is about, by the name the board's records use
 * @param subjectEmail their e-mail address, to find the e-mails sent to them and their account (optional)
 * @param receivedOn when the board received the request (the month counts from here)
 * @param identityCheckedBy who checked the requester's identity
 * @param identityEvidence how it was checked (what was seen)
 */
public record SubjectAccessRequestDetails(String requestedBy, String subjectName, String subjectEmail,
        LocalDate receivedOn, String identityCheckedBy, String identityEvidence) {
}
