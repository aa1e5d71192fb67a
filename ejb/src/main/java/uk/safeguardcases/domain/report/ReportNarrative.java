package uk.safeguardcases.domain.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/**
 * The board's own words about one section of its annual report for one period (in Welsh too, for a bilingual
 * board): what the figures mean, what was done about them. The figures themselves are never kept; they are counted
 * from the records each time the report is read.
 */
@Entity
@Table(name = "annual_report_narrative")
public class ReportNarrative {

    public static final int MAX_LENGTH = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(nullable = false, updatable = false)
    private String section;

    private String narrative;

    @Column(name = "narrative_cy")
    private String narrativeCy;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Version
    private long version;

    protected ReportNarrative() {
    }

    public ReportNarrative(ReportPeriod period, String section) {
        this.periodFrom = period.from();
        this.section = section;
    }

    /** The board's words replace what it had written; blank text is no text. */
    public void write(String english, String welsh, String by, Instant at) {
        this.narrative = blankIsNone(english);
        this.narrativeCy = blankIsNone(welsh);
        this.writtenBy = by;
        this.writtenAt = at;
    }

    private static String blankIsNone(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public String section() {
        return section;
    }

    public String narrative() {
        return narrative;
    }

    public String narrativeCy() {
        return narrativeCy;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
