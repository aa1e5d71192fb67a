package uk.safeguardcases.application.declaration;

import java.io.Serializable;

/** What the member writes on the Employee Declaration Form (NSCB model policy, Appendix 1). */
public record DeclarationForm(String name, String jobTitle, String department, String contactNumber,
        Long managerPersonId) implements Serializable {
}
