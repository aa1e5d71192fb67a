package uk.safeguardcases.application.administration;

import java.io.Serializable;
import uk.safeguardcases.domain.organisation.OrganisationKind;

/** A parent organisation as the board administrator manages it. */
public record AdminOrganisation(Long id, String name, OrganisationKind kind, String kindLabel, String hrEmail,
        boolean active, String nameCy) implements Serializable {
}
