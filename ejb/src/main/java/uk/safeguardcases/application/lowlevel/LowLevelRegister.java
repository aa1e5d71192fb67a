package uk.safeguardcases.application.lowlevel;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.lowlevel.LowLevelReading;
import uk.safeguardcases.domain.lowlevel.LowLevelConcern;
import uk.safeguardcases.domain.lowlevel.LowLevelConcernRepository;
import uk.safeguardcases.domain.lowlevel.PatternRule;
import uk.safeguardcases.domain.people.PersonRepository;
import uk.safeguardcases.domain.people.Role;

/**
 * The board's register of low-level concerns as its officers and senior managers read it: an entry per member, with
 * what counts towards the pattern now, and the concerns themselves. Who read it is recorded.
 */
@Stateless
public class LowLevelRegister {

    static final int MAX_LISTED = 500;

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private RegisterReadModel readModel;

    @Inject
    private LowLevelConcernRepository concerns;

    @Inject
    private PersonRepository people;

    @Inject
    private ReadAudit reads;

    @Inject
    private LowLevelPolicies policies;

    /** The board's register: one entry per member with a low-level concern or an alert, most in the window first. */
    public List<RegisterEntry> register() {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        PatternRule rule = policies.ofBoard().rule();
        LocalDate today = LocalDate.now(clock.withZone(WorkingCalendar.UK));
        Map<Long, List<LocalDate>> lowLevel = new HashMap<>();
        Map<Long, List<LocalDate>> standalone = new HashMap<>();
        for (RegisterReadModel.ConcernDay row : readModel.concernDays()) {
            lowLevel.computeIfAbsent(row.personId(), k -> new ArrayList<>()).add(row.occurredOn());
            if (row.caseId() == null) {
                standalone.computeIfAbsent(row.personId(), k -> new ArrayList<>()).add(row.occurredOn());
            }
        }
        Set<Long> alerted = new LinkedHashSet<>(readModel.membersAlerted());
        Set<Long> members = new LinkedHashSet<>(lowLevel.keySet());
        members.addAll(alerted);
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LocalDate>> cases = new HashMap<>();
        readModel.casesAbout(members).forEach((person, times) -> cases.put(person,
                times.stream().map(when -> when.atZone(WorkingCalendar.UK).toLocalDate()).toList()));
        Map<Long, Instant> reviewed = readModel.lastReviewed(members);
        RegisterNames named = RegisterNames.of(readModel, members);
        List<RegisterEntry> entries = new ArrayList<>();
        for (Long person : members) {
            List<LocalDate> own = lowLevel.getOrDefault(person, List.of());
            List<LocalDate> caseDays = cases.getOrDefault(person, List.of());
            List<LocalDate> together = new ArrayList<>(standalone.getOrDefault(person, List.of()));
            together.addAll(caseDays);
            entries.add(new RegisterEntry(person, named.name(person), named.organisation(person),
                    rule.countOn(own, today), rule.countOn(caseDays, today), rule.countOn(together, today),
                    rule.threshold(), own.size(), own.stream().max(LocalDate::compareTo).orElse(null),
                    reviewed.get(person), alerted.contains(person)));
        }
        entries.sort((a, b) -> a.together() != b.together() ? Integer.compare(b.together(), a.together())
                : a.name().compareToIgnoreCase(b.name()));
        return entries;
    }

    /** The register's concerns, newest first (of one member, or all when {@code personId} is null). */
    public List<ConcernLine> concerns(Long personId) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        // Who read the register, or a member's entry, is recorded as for a person's chronology: a guessed id of
        // another board's person (or nobody's) shows nothing and records nothing.
        if (personId == null) {
            reads.recordOfBoard(LowLevelReading.LOW_LEVEL_REGISTER_VIEWED);
        } else if (RegisterNames.of(readModel, List.of(personId)).isEmpty()) {
            return List.of();
        } else {
            reads.recordAboutPerson(LowLevelReading.LOW_LEVEL_ENTRY_VIEWED, personId);
        }
        List<LowLevelConcern> found = concerns.newestFirst(personId, MAX_LISTED);
        RegisterNames named = RegisterNames.of(readModel, found.stream().map(LowLevelConcern::personId).toList());
        Map<String, String> staff = people.displayNames(found.stream().map(LowLevelConcern::recordedBy).toList());
        return found.stream().map(l -> new ConcernLine(l.id(), l.personId(), named.name(l.personId()),
                l.occurredOn(), l.summary(), l.caseReference(), staff.getOrDefault(l.recordedBy(), l.recordedBy()),
                l.recordedAt(), l.correctedAt(), l.correctionReason())).toList();
    }
}
