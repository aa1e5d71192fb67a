package uk.safeguardcases.application.administration;

import java.io.Serializable;

/**
 * A board's record of processing (UK GDPR Article 30) as it stands, the board's own words or the product's
 * standard ones, with the retention the product carries out; and what the administrator wrote, to edit.
 */
public record ProcessingRecord(String boardName, String categories, String lawfulBasis, String recipients,
        String retention, String contact, String ownNotice, String ownNoticeCy, String ownContact,
        String ownCategories, String ownLawfulBasis, String ownRecipients) implements Serializable {
}
