package uk.safeguardcases.domain.official;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * One of the board's official social media accounts, as the board registered it (CHSCB authorised use 2.3-2.6): set
 * up with a job title and name, the role in its biography, a head-and-shoulders profile picture the board checked,
 * and its owner, who is told when one of its accredited users is suspended. The board's shared account
 * ({@code @lscb_chscb}) is one too, marked shared (2.5: partners are encouraged to use it rather than their own).
 */
@Entity
@Table(name = "official_account")
public class OfficialAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Platform platform;

    @Column(nullable = false, updatable = false)
    private String handle;

    @Column(name = "owner_username", nullable = false)
    private String owner;

    /** 2.3: "set up with your job title and name". */
    @Column(name = "set_up_name", nullable = false)
    private String setUpName;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    /** 2.3: "where appropriate, the role should be highlighted in the biography section". */
    @Column(name = "biography_role")
    private String biographyRole;

    @Column(name = "shared_account", nullable = false, updatable = false)
    private boolean shared;

    /** 2.4: the head-and-shoulders profile picture, checked by whom and when. */
    @Column(name = "picture_checked_by", nullable = false)
    private String pictureCheckedBy;

    @Column(name = "picture_checked_at", nullable = false)
    private Instant pictureCheckedAt;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected OfficialAccount() {
    }

    public OfficialAccount(Platform platform, String handle, String owner, String setUpName, String jobTitle,
            String biographyRole, boolean shared, String registeredBy, Instant registeredAt) {
        this.platform = platform;
        this.handle = handle;
        this.owner = owner;
        this.setUpName = setUpName;
        this.jobTitle = jobTitle;
        this.biographyRole = biographyRole;
        this.shared = shared;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.pictureCheckedBy = registeredBy;
        this.pictureCheckedAt = registeredAt;
    }

    /**
     * A handle as people write it, with or without the @: stored with it for the platforms that use one (a name
     * with a slash or a space, a page's address or title, is stored as written).
     */
    public static String normalHandle(String typed) {
        String h = typed == null ? "" : typed.strip();
        return h.isEmpty() || h.startsWith("@") || h.contains("/") || h.contains(" ") ? h : "@" + h;
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Platform platform() {
        return platform;
    }

    public String handle() {
        return handle;
    }

    public String owner() {
        return owner;
    }

    public String setUpName() {
        return setUpName;
    }

    public String jobTitle() {
        return jobTitle;
    }

    public String biographyRole() {
        return biographyRole;
    }

    public boolean shared() {
        return shared;
    }

    public String pictureCheckedBy() {
        return pictureCheckedBy;
    }

    public Instant pictureCheckedAt() {
        return pictureCheckedAt;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
