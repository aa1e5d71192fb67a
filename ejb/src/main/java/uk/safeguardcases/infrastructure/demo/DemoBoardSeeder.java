package uk.safeguardcases.infrastructure.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.organisation.ParentOrganisation;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.people.PasswordHashing;

/** Creates one board's demo people, once; runs as that board (the tenant comes from the caller context). */
@Stateless
public class DemoBoardSeeder {

    /** Printed by the run command. Demo accounts only: production people set their own passwords. */
    public static final String DEMO_PASSWORD = "Safeguard-Demo-2026";

    private record DemoPerson(String role, String displayName, Set<Role> roles, boolean inOrganisation) {
    }

    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("officer", "Olivia Okafor", EnumSet.of(Role.OFFICER), false),
            new DemoPerson("officer2", "Owen Price", EnumSet.of(Role.OFFICER), false),
            new DemoPerson("senior", "Sunita Shah", EnumSet.of(Role.SENIOR), false),
            // A false or malicious finding one senior proposes takes another senior to agree (four eyes).
            new DemoPerson("senior2", "Siân Llŷr", EnumSet.of(Role.SENIOR), false),
            new DemoPerson("hr", "Harriet Hughes", EnumSet.of(Role.HR), true),
            new DemoPerson("member", "Morgan Evans", EnumSet.of(Role.MEMBER), true),
            // The member's line manager, in the same organisation: countersigns their policy declaration.
            new DemoPerson("manager", "Rhian Powell", EnumSet.of(Role.MEMBER), true),
            new DemoPerson("admin", "Adam Ali", EnumSet.of(Role.ADMIN), false));

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private OfficialAccountDemo officialAccounts;

    /**
     * Returns how many people were created (0 when the board already has its demo people). A demo board signs in
     * with the published password alone until its administrator chooses roles that need a second factor (the choice
     * is on the board's timeline, and a restart leaves it alone).
     */
    public int seed(String board) {
        ParentOrganisation organisation = em.createQuery("select o from ParentOrganisation o order by o.id",
                ParentOrganisation.class).setMaxResults(1).getSingleResult();
        // One hash for all demo accounts: they share one published password, so separate salts protect nothing.
        String hash = null;
        int created = 0;
        for (DemoPerson demo : PEOPLE) {
            String username = board + "." + demo.role();
            boolean exists = !em.createQuery("select p.id from Person p where p.username = :u", Long.class)
                    .setParameter("u", username).getResultList().isEmpty();
            if (exists) {
                continue;
            }
            if (hash == null) {
                hash = PasswordHashing.hash(DEMO_PASSWORD.toCharArray());
            }
            em.persist(new Person(username, hash, demo.displayName(), username + "@demo.example.org",
                    demo.inOrganisation() ? organisation.id() : null, demo.roles(), Instant.now()));
            created++;
        }
        boolean chosen = !em.createQuery("select e.id from TimelineEntry e where e.action = :action", Long.class)
                .setParameter("action", AuditAction.SECOND_FACTOR_ROLES_CHANGED.label()).setMaxResults(1)
                .getResultList().isEmpty();
        if (!chosen) {
            em.find(Board.class, board).requireSecondFactorFor(EnumSet.noneOf(Role.class));
        }
        officialAccounts.seed(board);
        return created;
    }
}
