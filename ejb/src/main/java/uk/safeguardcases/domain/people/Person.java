package uk.safeguardcases.domain.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.TenantId;

/** Someone who signs in on a board: staff of the board, an HR partner of a parent organisation, or a member. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String username;

    /** PBKDF2 hash in Jakarta Security's format; never the password itself. */
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    /** The parent organisation an HR partner or member belongs to; null for board staff. */
    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Person() {
    }

    public Person(String username, String passwordHash, String displayName, String email, Long organisationId,
            Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Long organisationId() {
        return organisationId;
    }

    public boolean active() {
        return active;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** What the board administrator may change; the user name and the password are not among them. */
    public void change(String displayName, String email, Long organisationId, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        this.organisationId = organisationId;
        this.roles.clear();
        this.roles.addAll(roles);
    }

    /** A deactivated person can no longer sign in; their name stays on everything they did. */
    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }
}
