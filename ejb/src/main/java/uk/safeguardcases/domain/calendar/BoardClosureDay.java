package uk.safeguardcases.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/**
 * A day the board's office is closed (e.g. 29 December 2026 "Office closed between Christmas and New Year").
 * It counts like a bank holiday, for this board's deadlines only; the board administrator adds and removes them.
 */
@Entity
@Table(name = "board_closure_day")
public class BoardClosureDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "closure_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected BoardClosureDay() {
    }

    public BoardClosureDay(LocalDate date, String name, String addedBy, Instant addedAt) {
        this.date = Objects.requireNonNull(date, "date");
        this.name = Objects.requireNonNull(name, "name");
        this.addedBy = Objects.requireNonNull(addedBy, "addedBy");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
    }

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
