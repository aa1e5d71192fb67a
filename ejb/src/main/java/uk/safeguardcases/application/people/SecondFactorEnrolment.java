package uk.safeguardcases.application.people;

import java.io.Serializable;

/** What a person needs to add the product to their authenticator app: the secret, and the same as an otpauth address. */
public record SecondFactorEnrolment(String secret, String uri) implements Serializable {
}
