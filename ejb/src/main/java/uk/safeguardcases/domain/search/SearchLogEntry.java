package uk.safeguardcases.domain.search;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * One search of the log (LSCB §3, "the process and its outcomes logged"): when, where, what was searched or opened,
 * by which open method, what was found, and the evidence captured, fixed by its SHA-256 as the investigation's
 * evidence is ({@code ContentHash}). Never changed after it is logged; no password is ever asked for or kept.
 */
@Entity
@Table(name = "child_search_log")
public class SearchLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "search_id", nullable = false, updatable = false)
    private long searchId;

    @Column(name = "searched_at", nullable = false, updatable = false)
    private Instant searchedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Platform platform;

    @Column(name = "searched_for", nullable = false, updatable = false)
    private String searchedFor;

    @Column(nullable = false, updatable = false)
    private String method;

    @Column(nullable = false, updatable = false)
    private String found;

    @Column(name = "captured_text", updatable = false)
    private String capturedText;

    @Column(name = "file_name", updatable = false)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_content", updatable = false)
    private byte[] fileContent;

    @Column(updatable = false)
    private String sha256;

    @Column(name = "logged_by", nullable = false, updatable = false)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    /**
     * The largest file kept with a logged search: a screenshot or a short screen recording of what was found, not a
     * download of the child's account. The same for the page, the services and any other caller.
     */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    protected SearchLogEntry() {
    }

    /** Whether a file of {@code bytes} is too large to keep with a logged search. */
    public static boolean fileTooLarge(long bytes) {
        return bytes > MAX_FILE_BYTES;
    }

    public SearchLogEntry(long searchId, Instant searchedAt, Platform platform, String searchedFor, String method,
            String found, String capturedText, String fileName, byte[] fileContent, String sha256, String loggedBy,
            Instant loggedAt) {
        this.searchId = searchId;
        this.searchedAt = searchedAt;
        this.platform = platform;
        this.searchedFor = searchedFor;
        this.method = method;
        this.found = found;
        this.capturedText = capturedText;
        this.fileName = fileName;
        this.fileContent = fileContent;
        this.sha256 = sha256;
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
    }

    public Long id() {
        return id;
    }

    public long searchId() {
        return searchId;
    }

    public Instant searchedAt() {
        return searchedAt;
    }

    public Platform platform() {
        return platform;
    }

    public String searchedFor() {
        return searchedFor;
    }

    public String method() {
        return method;
    }

    public String found() {
        return found;
    }

    public String capturedText() {
        return capturedText;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] fileContent() {
        return fileContent;
    }

    public String sha256() {
        return sha256;
    }

    public String loggedBy() {
        return loggedBy;
    }

    public Instant loggedAt() {
        return loggedAt;
    }
}
