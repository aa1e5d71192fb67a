package uk.safeguardcases.application.administration;

import java.io.Serializable;

/**
 * The board's data protection officer as a privacy notice gives them: a direct contact for questions and complaints
 * about personal data, who is not the compliance officer handling a case. All null until the administrator names them.
 *
 * @param phone may be null when only an e-mail address is given
 */
public record DataProtectionOfficer(String name, String email, String phone) implements Serializable {
}
