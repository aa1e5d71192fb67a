package uk.safeguardcases.application.administration;

import java.io.Serializable;

/** A bilingual board's name and policy title in English and in Welsh (a Welsh one null when not given). */
public record WelshNames(String name, String policyTitle, String nameCy, String policyTitleCy) implements Serializable {
}
