package uk.safeguardcases.conformance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.annualreport.AnnualReportPart;
import uk.safeguardcases.application.annualreport.RawTable;
import uk.safeguardcases.application.audit.Readings;
import uk.safeguardcases.application.chronology.ChronologyLine;
import uk.safeguardcases.application.chronology.ChronologyPart;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.application.cases.ReferenceSeries;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.application.outcomes.TriageOutcome;
import uk.safeguardcases.application.outcomes.TriageOutcomes;
import uk.safeguardcases.application.process.ProcessModels;
import uk.safeguardcases.application.process.ProcessSteps;
import uk.safeguardcases.application.reports.DocumentTexts;
import uk.safeguardcases.application.retention.RetentionStep;
import uk.safeguardcases.conformance.ConformanceKinds.ConformanceAction;
import uk.safeguardcases.conformance.ConformanceKinds.ConformanceNotice;
import uk.safeguardcases.conformance.ConformanceKinds.ConformanceReading;
import uk.safeguardcases.domain.access.SubjectAccessPart;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.cases.TriageRecorded;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * Every registration of the conformance process, one bean per extension point of the ejb module. The web module's
 * are {@code web/ConformancePages}. Nothing of the product names any of them.
 */
public final class ConformanceRegistrations {

    private ConformanceRegistrations() {
    }

    /** Its model, deployed for every board. */
    @ApplicationScoped
    public static class Models implements ProcessModels {
        static final String MODEL = "bpmn/conformance-check.bpmn";

        @Override
        public List<String> resourceNames() {
            return List.of(MODEL);
        }

        @Override
        public InputStream openFor(String board, String resourceName) {
            return Models.class.getClassLoader().getResourceAsStream(MODEL);
        }
    }

    /** Its steps: the check takes the step its process enters. */
    @ApplicationScoped
    public static class Steps implements ProcessSteps {
        @Inject
        ConformanceChecks checks;

        @Override
        public String processKey() {
            return ConformanceChecks.PROCESS_KEY;
        }

        @Override
        public String subjectVariable() {
            return ConformanceChecks.CHECK_ID;
        }

        @Override
        public void stepEntered(long subjectId, String activityId) {
            checks.stepEntered(subjectId, activityId);
        }
    }

    @ApplicationScoped
    public static class Actions implements TimelineActions {
        @Override
        public List<ConformanceAction> actions() {
            return List.of(ConformanceAction.values());
        }
    }

    @ApplicationScoped
    public static class Reads implements Readings {
        @Override
        public List<ConformanceReading> readings() {
            return List.of(ConformanceReading.values());
        }
    }

    @ApplicationScoped
    public static class Notices implements NoticeKinds {
        @Override
        public List<ConformanceNotice> kinds() {
            return List.of(ConformanceNotice.values());
        }
    }

    /** Its numbers: PREFIX-CK-YEAR-NNNN. */
    @ApplicationScoped
    public static class References implements ReferenceSeries {
        @Inject
        ConformanceChecks checks;

        @Override
        public String code() {
            return "CK";
        }

        @Override
        public String records() {
            return "conformance checks";
        }

        @Override
        public int highestGiven(String prefix, int year) {
            return checks.highestNumber(prefix, year);
        }
    }

    /** A confirmed check is kept a year after it was raised. */
    @ApplicationScoped
    public static class Retention implements RetentionStep {
        @Inject
        ConformanceChecks checks;

        @Override
        public int removeDue(LocalDate today) {
            return checks.removeDue(today);
        }
    }

    /** The checks about a person, in their subject access answer (heading {@code sar.conformanceChecks}). */
    @ApplicationScoped
    public static class Access implements SubjectAccessPart {
        @Inject
        ConformanceChecks checks;

        @Override
        public String key() {
            return "conformanceChecks";
        }

        @Override
        public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
            List<Object> items = new ArrayList<>();
            Long personId = account != null ? account.id() : request.subjectPersonId();
            if (personId == null) {
                return items;
            }
            for (ConformanceCheck check : checks.aboutPerson(personId)) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("checkReference", check.reference());
                item.put("checkCase", check.caseReference());
                item.put("checkRaised", SubjectAccessPart.when(check.raisedAt()));
                item.put("checkWords", check.words());
                items.add(item);
            }
            return items;
        }
    }

    /** Its lines in a person's chronology: each check raised on a case about them. */
    @ApplicationScoped
    public static class Chronology implements ChronologyPart {
        static final String KIND = "CONFORMANCE_CHECK";

        @Inject
        ConformanceChecks checks;

        @Override
        public List<String> kinds() {
            return List.of(KIND);
        }

        @Override
        public List<ChronologyLine> linesAbout(Person person, int most) {
            return checks.aboutPerson(person.id()).stream().limit(most).map(check -> ChronologyLine.of(
                    check.raisedAt(), KIND, check.reference(), check.words(), "/conformance/checks.xhtml")).toList();
        }
    }

    /** What it does when the core acts: a triage of a case with a check waiting says so on the case's timeline. */
    @ApplicationScoped
    public static class OnTriage {
        @Inject
        ConformanceChecks checks;

        void on(@Observes TriageRecorded recorded) {
            checks.noteAtTriage(recorded.safeguardingCase().id());
        }
    }

    /**
     * Its outcome of triage: the concern settled by a conformance check, the case closed at once with a reason of its
     * own; a member who knew of the case is told, in its words.
     */
    @ApplicationScoped
    public static class Outcomes implements TriageOutcomes {
        public static final TriageDecision SETTLED = TriageDecision.contributed("CONFORMANCE_SETTLED",
                "Settled by a conformance check");
        public static final ClosureReason CLOSED_AS = ClosureReason.contributed("CONFORMANCE_SETTLED",
                "Settled by a conformance check at triage", false);

        @Override
        public List<TriageOutcome> outcomes() {
            return List.of(new TriageOutcome(SETTLED, CLOSED_AS, true));
        }

        @Override
        public String bundle() {
            return ConformanceChecks.BUNDLE;
        }
    }

    /** Its words in the PDFs. */
    @ApplicationScoped
    public static class Documents implements DocumentTexts {
        @Override
        public String bundle() {
            return ConformanceChecks.BUNDLE;
        }
    }

    /** Its table of the annual report, after the other processes' in "other". */
    @ApplicationScoped
    public static class ReportPart implements AnnualReportPart {
        @Inject
        ConformanceChecks checks;

        @Override
        public String section() {
            return "other";
        }

        @Override
        public int order() {
            return 900;
        }

        @Override
        public String words() {
            return ConformanceChecks.BUNDLE;
        }

        @Override
        public List<RawTable> tables(ReportPeriod period, Instant now) {
            long[] counts = checks.raisedAndConfirmed(period.startsAt(), period.endsAt());
            return List.of(RawTable.sums("other.conformanceChecks", new long[] {counts[1], counts[0] - counts[1]},
                    "row.conformance.confirmed", "row.conformance.waiting"));
        }
    }
}
