package uk.safeguardcases.domain.people;

/** What a person may do on their board (DESIGN.md, "Who uses it"). The names are the security roles. */
public enum Role {
    OFFICER("officer", "Compliance officer"),
    SENIOR("senior", "Senior manager"),
    HR("hr", "HR partner"),
    MEMBER("member", "Member"),
    ADMIN("admin", "Board administrator"),
    /** A machine with the board's API key: it may only report detected concerns (never given to a person). */
    INTAKE("intake", "Monitoring tool");

    private final String roleName;
    private final String label;

    Role(String roleName, String label) {
        this.roleName = roleName;
        this.label = label;
    }

    /** The security role name used in web.xml, the identity store and Camunda candidate groups. */
    public String roleName() {
        return roleName;
    }

    public String label() {
        return label;
    }

    /** Whether an administrator may give this role to a person; machines get theirs from an API key. */
    public boolean forPeople() {
        return this != INTAKE;
    }

    public static Role fromRoleName(String name) {
        for (Role r : values()) {
            if (r.roleName.equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown role " + name);
    }
}
