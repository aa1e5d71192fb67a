package uk.safeguardcases.domain.lowlevel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/**
 * A low-level concern about a board member (KCSIE Part 4): a concern that does not meet the harm threshold, kept in
 * the board's register so that a pattern can be seen. Recorded at triage instead of an investigation (the case it came
 * from is named) or directly by an officer. Who raised the underlying concern is not part of it: that stays on the
 * case, which the member's subject access answer treats as it always has.
 */
@Entity
@Table(name = "low_level_concern")
public class LowLevelConcern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    /** The member it is about; changed only by a correction ({@link #moveTo}). */
    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "occurred_on", nullable = false, updatable = false)
    private LocalDate occurredOn;

    @Column(name = "case_id", updatable = false)
    private Long caseId;

    @Column(name = "case_reference", updatable = false)
    private String caseReference;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    /** The member it was recorded against before its last correction, and why it was moved. */
    @Column(name = "corrected_from")
    private Long correctedFrom;

    @Column(name = "correction_reason")
    private String correctionReason;

    @Column(name = "corrected_by")
    private String correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    /** The longest account of what happened. */
    public static final int SUMMARY_MAX = 4000;

    /** How many years back a concern recorded directly may have happened. */
    public static final int YEARS_BACK = 10;

    protected LowLevelConcern() {
    }

    /**
     * Whether a concern recorded on {@code today} may say it happened on {@code occurredOn}: not in the future, and
     * not before the last {@link #YEARS_BACK} years.
     */
    public static boolean datable(LocalDate occurredOn, LocalDate today) {
        return !occurredOn.isAfter(today) && !occurredOn.isBefore(today.minusYears(YEARS_BACK));
    }

    /** The summary of a case kept at triage, with the officer's note, cut to {@link #SUMMARY_MAX}. */
    public static String summaryAtTriage(String caseSummary, String note) {
        String text = caseSummary + (note == null || note.isBlank() ? "" : "\n\n" + note.strip());
        return text.length() <= SUMMARY_MAX ? text : text.substring(0, SUMMARY_MAX);
    }

    /** A concern an officer records directly about a member, dated the day it happened. */
    public static LowLevelConcern recorded(long personId, Long organisationId, String summary, LocalDate occurredOn,
            String recordedBy, Instant at) {
        LowLevelConcern concern = new LowLevelConcern();
        concern.personId = personId;
        concern.organisationId = organisationId;
        concern.summary = summary;
        concern.occurredOn = occurredOn;
        concern.recordedBy = recordedBy;
        concern.recordedAt = at;
        return concern;
    }

    /** A concern triage found below the harm threshold, closing case {@code caseReference} as a low-level concern. */
    public static LowLevelConcern fromTriage(long personId, Long organisationId, String summary, LocalDate occurredOn,
            long caseId, String caseReference, String recordedBy, Instant at) {
        LowLevelConcern concern = recorded(personId, organisationId, summary, occurredOn, recordedBy, at);
        concern.caseId = caseId;
        concern.caseReference = caseReference;
        return concern;
    }

    /**
     * Whether it counts towards the pattern as a low-level concern of its own: recorded directly. One kept at triage
     * is its case's record, and the case counts.
     */
    public boolean standalone() {
        return caseId == null;
    }

    /**
     * Whether its time has come ({@link LowLevelPolicy#removable}) on {@code today}: the member no longer belongs to
     * the organisation it was recorded against ({@code theirOrganisationNow}, while their account is active; one
     * recorded against none stays while they have an active account at all), and {@code keepYears} have passed since
     * it happened.
     */
    public boolean removable(boolean memberActive, Long theirOrganisationNow, int keepYears, LocalDate today) {
        boolean stillThere = memberActive && (organisationId == null || organisationId.equals(theirOrganisationNow));
        return LowLevelPolicy.removable(occurredOn, stillThere, keepYears, today);
    }

    /** Why a concern cannot be moved to another member. */
    public enum MoveRefusal {
        /** Kept at triage: its case says whom it is about; the case is corrected, not the register. */
        FROM_TRIAGE,
        /** It is already about that member. */
        SAME_MEMBER,
        /** A correction says why. */
        REASON_NEEDED,
        REASON_TOO_LONG
    }

    public static final int REASON_MAX = 1000;

    /**
     * Why this concern cannot be moved to member {@code toPersonId} with {@code reason}, or null when it can: a concern
     * recorded directly against the wrong member, moved with a reason of at most {@link #REASON_MAX} characters.
     */
    public MoveRefusal moveRefused(long toPersonId, String reason) {
        if (caseId != null) {
            return MoveRefusal.FROM_TRIAGE;
        }
        if (personId == toPersonId) {
            return MoveRefusal.SAME_MEMBER;
        }
        if (reason == null || reason.isBlank()) {
            return MoveRefusal.REASON_NEEDED;
        }
        return reason.strip().length() > REASON_MAX ? MoveRefusal.REASON_TOO_LONG : null;
    }

    /**
     * The concern was recorded against the wrong member: it is now about {@code toPersonId} at their organisation,
     * and keeps whom it was about before, why, who moved it and when.
     */
    public void moveTo(long toPersonId, Long theirOrganisationId, String reason, String by, Instant at) {
        MoveRefusal refused = moveRefused(toPersonId, reason);
        if (refused != null) {
            throw new IllegalStateException("The concern is not moved: " + refused);
        }
        this.correctedFrom = personId;
        this.personId = toPersonId;
        this.organisationId = theirOrganisationId;
        this.correctionReason = reason.strip();
        this.correctedBy = by;
        this.correctedAt = at;
    }

    public Long correctedFrom() {
        return correctedFrom;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public Long id() {
        return id;
    }

    public Long personId() {
        return personId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String summary() {
        return summary;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public Long caseId() {
        return caseId;
    }

    public String caseReference() {
        return caseReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
