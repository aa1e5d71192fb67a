package uk.safeguardcases.application.board;

import java.io.Serializable;

/** A parent organisation as pages show it. */
public record OrganisationView(Long id, String name, String kind, String hrEmail) implements Serializable {
}
