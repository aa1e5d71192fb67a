package uk.safeguardcases.domain.official;

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
 * A person's certification as an authorised user of the board's official accounts (CHSCB authorised use 3.1-3.2):
 * trained, passed the accreditation test on a date, valid for three years ({@link Certification}). The reminders and
 * the expiry happen once each per cycle however often their jobs run; a renewal starts a new cycle.
 */
@Entity
@Table(name = "accreditation")
public class Accreditation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "trained_on", nullable = false)
    private LocalDate trainedOn;

    @Column(name = "passed_on", nullable = false)
    private LocalDate passedOn;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "reminded_60_at")
    private Instant firstReminderSentAt;

    @Column(name = "reminded_30_at")
    private Instant secondReminderSentAt;

    @Column(name = "expired_at")
    private Instant expiredAt;

    @Column(nullable = false)
    private int renewals;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected Accreditation() {
    }

    public Accreditation(String username, LocalDate trainedOn, LocalDate passedOn, String recordedBy,
            Instant recordedAt) {
        this.username = username;
        passed(trainedOn, passedOn, recordedBy, recordedAt);
    }

    /** A renewal: a new three-year cycle from the date the test was passed again; reminders and expiry start over. */
    public void renew(LocalDate trainedOn, LocalDate passedOn, String recordedBy, Instant recordedAt) {
        if (!renewedBy(passedOn)) {
            throw new IllegalArgumentException("A renewal is passed after " + this.passedOn);
        }
        passed(trainedOn, passedOn, recordedBy, recordedAt);
        this.renewals++;
    }

    /** Whether a test passed on {@code passedOn} renews it: one passed after the last. */
    public boolean renewedBy(LocalDate passedOn) {
        return passedOn.isAfter(this.passedOn);
    }

    private void passed(LocalDate trainedOn, LocalDate passedOn, String recordedBy, Instant recordedAt) {
        this.trainedOn = trainedOn;
        this.passedOn = passedOn;
        this.expiresOn = Certification.expiresOn(passedOn);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.firstReminderSentAt = null;
        this.secondReminderSentAt = null;
        this.expiredAt = null;
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /**
     * The reminder {@code daysBefore} expiry (60 or 30), for the cycle ending {@code cycleExpiresOn}: true the first
     * time only, and never for a cycle a renewal replaced or once expired.
     */
    public boolean remind(int daysBefore, LocalDate cycleExpiresOn, Instant at) {
        if (!expiresOn.equals(cycleExpiresOn) || expiredAt != null) {
            return false;
        }
        if (daysBefore == Certification.FIRST_REMINDER_DAYS && firstReminderSentAt == null) {
            firstReminderSentAt = at;
            return true;
        }
        if (daysBefore == Certification.SECOND_REMINDER_DAYS && secondReminderSentAt == null) {
            secondReminderSentAt = at;
            return true;
        }
        return false;
    }

    /** The cycle ending {@code cycleExpiresOn} expired unrenewed: true the first time only. */
    public boolean expire(LocalDate cycleExpiresOn, Instant at) {
        if (!expiresOn.equals(cycleExpiresOn) || expiredAt != null) {
            return false;
        }
        expiredAt = at;
        return true;
    }

    /** Valid on {@code day}: passed, and not yet at its expiry date. */
    public boolean validOn(LocalDate day) {
        return expiredAt == null && !day.isBefore(passedOn) && day.isBefore(expiresOn);
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

    public LocalDate trainedOn() {
        return trainedOn;
    }

    public LocalDate passedOn() {
        return passedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant firstReminderSentAt() {
        return firstReminderSentAt;
    }

    public Instant secondReminderSentAt() {
        return secondReminderSentAt;
    }

    public Instant expiredAt() {
        return expiredAt;
    }

    public int renewals() {
        return renewals;
    }

    public String processInstanceId() {
        return processInstanceId;
    }
}
