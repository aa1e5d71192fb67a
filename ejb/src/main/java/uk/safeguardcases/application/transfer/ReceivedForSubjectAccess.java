package uk.safeguardcases.application.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.access.SubjectAccessGathering;
import uk.safeguardcases.application.access.SubjectAccessReadModel;
import uk.safeguardcases.domain.access.SubjectAccessPart;
import uk.safeguardcases.domain.access.SubjectAccessRequest;
import uk.safeguardcases.domain.cases.Redaction;
import uk.safeguardcases.domain.people.Person;
import uk.safeguardcases.domain.transfer.ReceivedChange;
import uk.safeguardcases.domain.transfer.ReceivedFile;
import uk.safeguardcases.domain.transfer.ReceivedItem;
import uk.safeguardcases.domain.transfer.ReceivedTransfer;
import uk.safeguardcases.domain.transfer.TransferRepository;

/**
 * What other boards sent the board about the person, in their subject access answer (UK GDPR Article 15, PDF heading
 * {@code sar.receivedFromOtherBoards}), as its own part: what came as it came (the sending board's redactions
 * already applied, never who raised the concern), from which board and on what legal basis (a source, Article
 * 15(1)(g)), where it stands and what changed there since. Matched as the cases are: by the person's name, and by the
 * board's own case about their account that it was accepted as. Erased copies (declined, or removed with the sending
 * board's record) hold nothing and are not listed; a case the request leaves out is left out here too. The request's
 * redactions apply to it with the rest.
 */
@ApplicationScoped
public class ReceivedForSubjectAccess implements SubjectAccessPart {

    @Inject
    private TransferRepository transfers;

    @Inject
    private SubjectAccessReadModel records;

    @Inject
    private BoardNames names;

    @Override
    public String key() {
        return "receivedFromOtherBoards";
    }

    @Override
    public List<Object> gather(SubjectAccessRequest request, Person account, Set<String> logins) {
        Set<Long> ownCases = new HashSet<>();
        if (account != null) {
            records.casesAboutAccount(account.id()).forEach(c -> ownCases.add(c.id()));
        }
        String name = SubjectAccessGathering.comparable(request.subjectName());
        Set<String> leftOut = new HashSet<>(Redaction.terms(request.leftOut()));
        List<ReceivedTransfer> about = transfers.receivedHeld().stream()
                .filter(r -> name.equals(SubjectAccessGathering.comparable(r.subjectName()))
                        || r.caseId() != null && ownCases.contains(r.caseId()))
                .toList();
        // The board's own cases' references in one statement, not one per copy.
        Map<Long, String> references = transfers.caseReferences(about.stream().map(ReceivedTransfer::caseId)
                .filter(java.util.Objects::nonNull).toList());
        // The files' names (never their bytes) of every copy in one statement, too.
        Map<Long, List<ReceivedFile.Shown>> files = transfers.filesOf(about.stream().map(ReceivedTransfer::id)
                .toList());
        List<Object> items = new ArrayList<>();
        for (ReceivedTransfer received : about) {
            String own = received.caseId() == null ? null : references.get(received.caseId());
            if (own == null || !leftOut.contains(own)) {
                items.add(item(received, own, files.getOrDefault(received.id(), List.of())));
            }
        }
        return items;
    }

    private Map<String, Object> item(ReceivedTransfer r, String own, List<ReceivedFile.Shown> files) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("fromBoard", names.inEnglish(r));
        item.put("boardReference", r.fromReference());
        item.put("receivedOn", SubjectAccessPart.when(r.receivedAt()));
        item.put("basisOfSharing", r.legalBasis().label());
        item.put("standing", english("ReceivedStatus." + r.status().name()));
        if (own != null) {
            item.put("ourCase", own);
        }
        item.put("sentSummary", r.summary());
        if (r.outcome() != null) {
            item.put("sentOutcome", english("CaseOutcome." + r.outcome()));
        }
        if (r.finding() != null) {
            item.put("sentFinding", english("AllegationFinding." + r.finding()));
        }
        if (r.findings() != null) {
            item.put("sentFindings", r.findings());
        }
        if (!r.allegations().isEmpty()) {
            item.put("sentAllegations", lines(r.allegations()));
        }
        if (!r.evidence().isEmpty()) {
            item.put("sentEvidence", lines(r.evidence()));
        }
        if (!files.isEmpty()) {
            item.put("sentFiles", files.stream().map(f -> f.title() + " – " + f.fileName() + " (SHA-256 "
                    + f.sha256() + ")").collect(Collectors.joining("\n")));
        }
        if (!r.changes().isEmpty()) {
            item.put("changedSince", r.changes().stream().map(c -> SubjectAccessPart.when(c.changedAt()) + " – "
                    + english(c.wordsKey())).collect(Collectors.joining("\n")));
        }
        return item;
    }

    /** The answer's values are in English, as the cases' are; its headings and labels in the board's languages. */
    private static String english(String key) {
        return TransferWords.in(Texts.ENGLISH, key);
    }

    private static String lines(List<ReceivedItem> items) {
        return items.stream().map(i -> i.title() + (i.url() == null ? "" : " – " + i.url())
                + (i.detail() == null ? "" : ": " + i.detail())).collect(Collectors.joining("\n"));
    }
}
