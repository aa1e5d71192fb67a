package uk.safeguardcases.application.lowlevel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.safeguardcases.domain.access.SubjectAccessPart;
import uk.safeguardcases.application.audit.Readings;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.application.outcomes.TriageOutcome;
import uk.safeguardcases.application.outcomes.TriageOutcomes;
import uk.safeguardcases.application.reports.DocumentTexts;
import uk.safeguardcases.application.retention.RetentionStep;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.lowlevel.LowLevelAction;
import uk.safeguardcases.domain.lowlevel.LowLevelNotice;
import uk.safeguardcases.domain.lowlevel.LowLevelOutcome;
import uk.safeguardcases.domain.lowlevel.LowLevelReading;
import uk.safeguardcases.domain.people.Person;

/**
 * The register of low-level concerns' registrations: its timeline actions, what it lets people read, its e-mail, its
 * retention, its part of a subject access answer, its words in the PDFs and its outcome of triage.
 */
public final class LowLevelRegistrations {

    private LowLevelRegistrations() {
    }

    @ApplicationScoped
    public static class Actions implements TimelineActions {
        @Override
        public List<LowLevelAction> actions() {
            return List.of(LowLevelAction.values());
        }
    }

    @ApplicationScoped
    public static class Reads implements Readings {
        @Override
        public List<LowLevelReading> readings() {
            return List.of(LowLevelReading.values());
        }
    }

    @ApplicationScoped
    public static class Notices implements NoticeKinds {
        @Override
        public List<LowLevelNotice> kinds() {
            return List.of(LowLevelNotice.values());
        }
    }

    /**
     * Kept while the member is in the organisation, then the board's years (six unless it says otherwise); the
     * alerts and reviews about them go with them.
     */
    @ApplicationScoped
    public static class Retention implements RetentionStep {
        @Inject
        RegisterRemoval removal;

        @Override
        public int removeDue(LocalDate today) {
            return removal.removeDue(today);
        }
    }

    /** The member's low-level concerns, in their subject access answer (PDF heading {@code sar.lowLevelConcerns}). */
    @ApplicationScoped
    public static class Access implements SubjectAccessPart {
        @Inject
        RegisterForSubjectAccess register;

        @Override
        public String key() {
            return "lowLevelConcerns";
        }

        @Override
        public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
            return register.concerns(account);
        }
    }

    /**
     * The senior managers' reviews of the member's own entry, with their notes, in their subject access answer (PDF
     * heading {@code sar.lowLevelReviews}); {@link RegisterForSubjectAccess#reviews} says why.
     */
    @ApplicationScoped
    public static class ReviewsAccess implements SubjectAccessPart {
        @Inject
        RegisterForSubjectAccess register;

        @Override
        public String key() {
            return "lowLevelReviews";
        }

        @Override
        public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
            return register.reviews(account);
        }
    }

    /** The pattern alerts about the member, in their subject access answer (PDF heading {@code sar.lowLevelAlerts}). */
    @ApplicationScoped
    public static class AlertsAccess implements SubjectAccessPart {
        @Inject
        RegisterForSubjectAccess register;

        @Override
        public String key() {
            return "lowLevelAlerts";
        }

        @Override
        public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
            return register.alerts(account);
        }
    }

    /**
     * Its outcome of triage: the concern kept in the register, the case closed at once; a member who knew of the case
     * is told, in its words. {@link LowLevelOnCoreEvents#checkAtTriage} says when it may not be chosen.
     */
    @ApplicationScoped
    public static class Outcomes implements TriageOutcomes {
        @Override
        public List<TriageOutcome> outcomes() {
            return List.of(new TriageOutcome(LowLevelOutcome.DECISION, LowLevelOutcome.CLOSED_AS, true));
        }

        @Override
        public String bundle() {
            return LowLevelWords.BUNDLE;
        }
    }

    /**
     * Its words in the PDFs, in its own bundle: the headings and labels of its parts of a subject access answer, and
     * a triage decision and closure reason of a low-level concern on the case report.
     */
    @ApplicationScoped
    public static class Documents implements DocumentTexts {
        @Override
        public String bundle() {
            return LowLevelWords.BUNDLE;
        }
    }
}
