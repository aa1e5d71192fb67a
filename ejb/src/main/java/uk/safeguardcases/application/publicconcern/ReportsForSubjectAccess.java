package uk.safeguardcases.application.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.domain.access.SubjectAccessPart;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.publicconcern.PublicReport;
import uk.safeguardcases.domain.publicconcern.PublicReportRepository;
import uk.safeguardcases.domain.publicconcern.ReportMessage;
import uk.safeguardcases.domain.publicconcern.ReportStatus;

/**
 * A reporter's own part of their subject access answer (UK GDPR Article 15): the concerns they raised on the board's
 * public page, found by the e-mail address the request gives for them (the address the officer checked their
 * identity against when recording the request) and by their account's address when they have one; exact but for case
 * and the spaces around it. For each report: when it was received, who they said they were to the member, the
 * contact details they left, the organisation as they named it, what they wrote and the addresses and files they
 * gave, what the follow-up page tells them (its state, the outcome when an officer chose to share it), and the
 * messages between them and the board. Not the name of the member as the case holds it now, nor anything the board's
 * officers recorded on the case (triage, allegations, notes, the timeline): that is the member's data and the board's
 * working, which the reporter's right of access does not reach (DPA 2018 Sch. 2 para. 16). A report whose details
 * were removed under the retention rule has no address left, and is not found. Everything on the caller's board only
 * (Hibernate's tenant filter).
 */
@ApplicationScoped
public class ReportsForSubjectAccess implements SubjectAccessPart {

    @Inject
    private KnownTriageOutcomes outcomes;

    @Inject
    private PublicReportRepository reports;

    @Inject
    private ReportedCases cases;

    @Override
    public String key() {
        return "concernsTheyReported";
    }

    @Override
    public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
        Set<String> addresses = new LinkedHashSet<>();
        if (request.subjectEmail() != null && !request.subjectEmail().isBlank()) {
            addresses.add(comparable(request.subjectEmail()));
        }
        if (account != null && account.email() != null && !account.email().isBlank()) {
            addresses.add(comparable(account.email()));
        }
        if (addresses.isEmpty()) {
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        for (PublicReport report : reports.fromAddresses(addresses)) {
            SafeguardingCase raised = cases.byId(report.caseId()).orElse(null);
            if (raised == null || raised.removedAt() != null) {
                continue;
            }
            items.add(reported(report, raised));
            for (ReportMessage m : reports.messages(report.id())) {
                if (m.body() == null) {
                    continue;
                }
                Map<String, Object> message = new LinkedHashMap<>();
                message.put("reference", raised.reference());
                message.put("message", m.fromReporter() ? "from you to the board" : "from the board to you");
                message.put("written", SubjectAccessPart.when(m.writtenAt()));
                message.put("text", m.body());
                items.add(message);
            }
        }
        return items;
    }

    private Map<String, Object> reported(PublicReport report, SafeguardingCase raised) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("reference", raised.reference());
        item.put("received", SubjectAccessPart.when(report.receivedAt()));
        item.put("youSaidYouAre", report.relation().inWords());
        item.put("yourName", report.reporterName());
        item.put("yourEmail", report.reporterEmail());
        item.put("yourPhone", report.reporterPhone());
        item.put("organisationAsYouNamedIt", report.organisationAsKnown());
        item.put("whatYouReported", raised.summary());
        List<String> addresses = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (Evidence e : cases.evidenceFrom(raised.id(), PublicPages.REPORTER)) {
            if (e.illegalImagery()) {
                continue;
            }
            if (e.hasFile()) {
                files.add(e.fileName() + " (" + SubjectAccessPart.when(e.capturedAt()) + ")");
            } else if (e.url() != null) {
                addresses.add(e.url());
            }
        }
        item.put("addressesYouGave", addresses.isEmpty() ? null : String.join("\n", addresses));
        item.put("filesYouGave", files.isEmpty() ? null : String.join("\n", files));
        ReportStatus status = ReportStatus.of(raised.status());
        item.put("state", switch (status) {
            case RECEIVED -> "received";
            case BEING_LOOKED_INTO -> "being looked into";
            case CLOSED -> "closed";
        });
        item.put("outcome", report.outcomeToTell(status, raised.closure().reason())
                .map(reason -> ReportWords.outcome(reason, outcomes)).orElse(null));
        return item;
    }

    /** An address as addresses are compared: without the spaces around it, in lower case. */
    static String comparable(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
