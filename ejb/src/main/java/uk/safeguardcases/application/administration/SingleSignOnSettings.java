package uk.safeguardcases.application.administration;

import java.io.Serializable;

/** A board's single sign-on as its administrator sees it: the client secret only as whether one is kept. */
public record SingleSignOnSettings(boolean on, String issuer, String clientId, boolean secretKept, String claim)
        implements Serializable {
}
