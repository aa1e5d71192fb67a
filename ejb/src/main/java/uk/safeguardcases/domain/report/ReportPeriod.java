package uk.safeguardcases.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;

/**
 * Twelve months a board reports on, from its first day to the day after its last (UK dates; a moment belongs to the
 * day it falls on in the UK). By default the UK financial year, 1 April to 31 March, in which board annual reports
 * and LADO annual reports are written (Working Together 2023; the Welsh boards' annual plans and reports).
 */
public record ReportPeriod(LocalDate from, LocalDate until) {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    public ReportPeriod {
        if (from == null || until == null || !until.equals(from.plusMonths(12))) {
            throw new IllegalArgumentException("A report period is twelve months");
        }
    }

    /** The twelve months starting on {@code from}. */
    public static ReportPeriod startingOn(LocalDate from) {
        return new ReportPeriod(from, from.plusMonths(12));
    }

    /** The financial year starting on 1 April {@code startYear}. */
    public static ReportPeriod financialYear(int startYear) {
        return startingOn(LocalDate.of(startYear, Month.APRIL, 1));
    }

    /** The financial year {@code day} falls in. */
    public static ReportPeriod financialYearOf(LocalDate day) {
        return financialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** The last financial year that has ended by {@code today}: what a board writes its annual report about. */
    public static ReportPeriod lastFinishedFinancialYear(LocalDate today) {
        return financialYearOf(today).previous();
    }

    /** The twelve months before this one, to compare with. */
    public ReportPeriod previous() {
        return startingOn(from.minusMonths(12));
    }

    /** The last day in the period. */
    public LocalDate lastDay() {
        return until.minusDays(1);
    }

    /** Whether this is a financial year (1 April to 31 March). */
    public boolean financialYear() {
        return from.getMonth() == Month.APRIL && from.getDayOfMonth() == 1;
    }

    /** The first moment in the period. */
    public Instant startsAt() {
        return from.atStartOfDay(UK).toInstant();
    }

    /** The first moment after the period. */
    public Instant endsAt() {
        return until.atStartOfDay(UK).toInstant();
    }

    public boolean contains(Instant moment) {
        return !moment.isBefore(startsAt()) && moment.isBefore(endsAt());
    }

    /** "2025–26" for a financial year; "2025-06-01 to 2026-05-31" otherwise. */
    public String label() {
        return financialYear() ? from.getYear() + "–" + String.format("%02d", (from.getYear() + 1) % 100)
                : from + " to " + lastDay();
    }
}
