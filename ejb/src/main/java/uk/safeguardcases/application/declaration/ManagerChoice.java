package uk.safeguardcases.application.declaration;

import java.io.Serializable;

/** Someone a member may name as their manager: a person of their own organisation on the board. */
public record ManagerChoice(Long id, String name) implements Serializable {
}
