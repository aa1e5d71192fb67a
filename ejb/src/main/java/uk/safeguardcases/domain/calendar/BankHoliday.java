package uk.safeguardcases.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One bank holiday, e.g. 28 December 2026 "Boxing Day (substitute day)". Deadlines in the investigation
 * count working days, and bank holidays are not working days. The list is reference data kept in the
 * {@code bank_holiday} table (migration V4), shared by every board (no tenant): England and Wales have
 * one list, which covers the Welsh boards (Cwm Taf) too. Read-only: new years come with new migrations.
 */
@Entity
@Immutable
@Table(name = "bank_holiday")
public class BankHoliday {

    @Id
    @Column(name = "holiday_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "name", nullable = false, length = 100, updatable = false)
    private String name;

    /** Whose list it is on, e.g. {@code ENGLAND_AND_WALES}. */
    @Column(name = "region", nullable = false, length = 30, updatable = false)
    private String region;

    protected BankHoliday() {
    }

    public LocalDate date() {
        return date;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof BankHoliday holiday && date != null && date.equals(holiday.date);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(date);
    }

    @Override
    public String toString() {
        return date + " " + name + " (" + region + ")";
    }
}
