package uk.safeguardcases.application.dpcomplaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.annualreport.AnnualReportPart;
import uk.safeguardcases.application.annualreport.RawTable;
import uk.safeguardcases.application.audit.TimelineActions;
import uk.safeguardcases.application.cases.ReferenceSeries;
import uk.safeguardcases.application.notification.NoticeKinds;
import uk.safeguardcases.application.process.ProcessSteps;
import uk.safeguardcases.application.reports.DocumentTexts;
import uk.safeguardcases.application.retention.RetentionStep;
import uk.safeguardcases.domain.access.SubjectAccessPart;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintAction;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintNotice;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintProcess;
import uk.safeguardcases.domain.dpcomplaint.DpComplaintRepository;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.report.ReportPeriod;

/**
 * Every registration of the data protection complaints in the ejb module, one bean per extension point; the model's
 * is {@code workflows/DpComplaintModels}, the pages' {@code web/dpcomplaint/DpComplaintPages}. Nothing of the core
 * names any of them.
 */
public final class DpComplaintRegistrations {

    private DpComplaintRegistrations() {
    }

    /** Its steps: nothing happens on entering a task (the complaint's own rules say what is open). */
    @ApplicationScoped
    public static class Steps implements ProcessSteps {
        @Override
        public String processKey() {
            return DpComplaintProcess.KEY;
        }

        @Override
        public String subjectVariable() {
            return DpComplaintProcess.COMPLAINT_ID;
        }

        @Override
        public void stepEntered(long subjectId, String activityId) {
            // The complaint's status is set by the acts themselves (received, acknowledged, closed).
        }
    }

    @ApplicationScoped
    public static class Actions implements TimelineActions {
        @Override
        public List<DpComplaintAction> actions() {
            return List.of(DpComplaintAction.values());
        }
    }

    @ApplicationScoped
    public static class Notices implements NoticeKinds {
        @Override
        public List<DpComplaintNotice> kinds() {
            return List.of(DpComplaintNotice.values());
        }
    }

    /** Its numbers: PREFIX-DP-YEAR-NNNN. */
    @ApplicationScoped
    public static class References implements ReferenceSeries {
        @Inject
        DpComplaintRepository complaints;

        @Override
        public String code() {
            return "DP";
        }

        @Override
        public String records() {
            return "data protection complaints";
        }

        @Override
        public int highestGiven(String prefix, int year) {
            return complaints.highestNumber(prefix, year);
        }
    }

    /** A closed complaint is kept two years after its outcome, then removed. */
    @ApplicationScoped
    public static class Retention implements RetentionStep {
        @Inject
        DataProtectionComplaints complaints;

        @Override
        public int removeDue(LocalDate today) {
            return complaints.removeDue(today);
        }
    }

    /**
     * The complaints a person made, in their subject access answer (heading {@code sar.dataProtectionComplaints}):
     * those made from their account, or giving the address the request names or their account has.
     */
    @ApplicationScoped
    public static class Access implements SubjectAccessPart {
        @Inject
        DpComplaintRepository complaints;

        @Override
        public String key() {
            return "dataProtectionComplaints";
        }

        @Override
        public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
            Map<Long, DataProtectionComplaint> found = new LinkedHashMap<>();
            String username = account == null ? null : account.username();
            for (String email : new String[] {account == null ? null : account.email(), request.subjectEmail()}) {
                if (username != null || email != null && !email.isBlank()) {
                    complaints.madeBy(username, email).forEach(c -> found.putIfAbsent(c.id(), c));
                }
            }
            List<Object> items = new ArrayList<>();
            for (DataProtectionComplaint c : found.values()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("complaintReference", c.reference());
                item.put("complaintReceived", SubjectAccessPart.when(c.receivedAt()));
                item.put("complaintWords", c.words());
                item.put("complaintName", c.complainantName());
                item.put("complaintEmail", c.complainantEmail());
                item.put("complaintPhone", c.complainantPhone());
                item.put("complaintAcknowledged", SubjectAccessPart.when(c.acknowledgedAt()));
                item.put("complaintOutcome", c.outcome() == null ? null : c.outcome().name());
                item.put("complaintOutcomeWords", c.outcomeWords());
                items.add(item);
            }
            return items;
        }
    }

    /** Its words in the PDFs (its part of a subject access answer). */
    @ApplicationScoped
    public static class Documents implements DocumentTexts {
        @Override
        public String bundle() {
            return DpComplaintWords.BUNDLE;
        }
    }

    /** Its tables of the annual report, among the other processes'. */
    @ApplicationScoped
    public static class ReportPart implements AnnualReportPart {
        @Inject
        DpComplaintFigures figures;

        @Override
        public String section() {
            return "other";
        }

        @Override
        public int order() {
            return 60;
        }

        @Override
        public List<RawTable> tables(ReportPeriod period, Instant now) {
            DpComplaintFigures.Received r = figures.received(period);
            return List.of(
                    RawTable.sums("other.dpComplaints", new long[] {r.acknowledgedInTime(), r.acknowledgedLate(),
                            r.waiting()}, "row.dpComplaint.inTime", "row.dpComplaint.late", "row.dpComplaint.waiting"),
                    RawTable.sums("other.dpComplaintOutcomes", new long[] {r.upheld(), r.partlyUpheld(),
                            r.notUpheld(), r.total() - r.upheld() - r.partlyUpheld() - r.notUpheld()},
                            "row.dpComplaint.upheld", "row.dpComplaint.partlyUpheld", "row.dpComplaint.notUpheld",
                            "row.dpComplaint.open"));
        }

        @Override
        public String words() {
            return DpComplaintWords.BUNDLE;
        }
    }
}
