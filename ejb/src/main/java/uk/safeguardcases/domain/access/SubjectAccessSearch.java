package uk.safeguardcases.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One search made for a subject access request (Data (Use and Access) Act 2025 s.78, UK GDPR Article 15(1A): a
 * controller need only make reasonable and proportionate searches, and should be able to show what it searched):
 * where, by whom, on which day and what it found. Kept as recorded, never changed.
 */
@Entity
@Immutable
@Table(name = "subject_access_search")
public class SubjectAccessSearch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    /** The system, mailbox or paper file searched. */
    @Column(name = "searched_in", nullable = false, updatable = false)
    private String searchedIn;

    @Column(name = "searched_by", nullable = false, updatable = false)
    private String searchedBy;

    @Column(name = "searched_on", nullable = false, updatable = false)
    private LocalDate searchedOn;

    /** What it found, in words ("nothing" is an answer). */
    @Column(nullable = false, updatable = false)
    private String found;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected SubjectAccessSearch() {
    }

    public SubjectAccessSearch(Long requestId, String searchedIn, String searchedBy, LocalDate searchedOn, String found,
            String recordedBy, Instant recordedAt) {
        this.requestId = requestId;
        this.searchedIn = searchedIn;
        this.searchedBy = searchedBy;
        this.searchedOn = searchedOn;
        this.found = found;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Long requestId() {
        return requestId;
    }

    public String searchedIn() {
        return searchedIn;
    }

    public String searchedBy() {
        return searchedBy;
    }

    public LocalDate searchedOn() {
        return searchedOn;
    }

    public String found() {
        return found;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
