package uk.safeguardcases.domain.people;

/**
 * An administrator added a person's account, changed its name, address, roles or organisation, or reactivated it
 * (fired in that transaction, after its timeline entry). What a board asks of its members (a process's policy
 * declaration, say) asks it now of a person who has just become one.
 */
public record AccountChanged(long personId) {
}
