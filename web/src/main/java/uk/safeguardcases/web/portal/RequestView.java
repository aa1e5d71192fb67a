package uk.safeguardcases.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceShownToMember;
import uk.safeguardcases.application.investigation.MemberRequestView;
import uk.safeguardcases.application.investigation.MemberRequests;
import uk.safeguardcases.application.investigation.RequestService;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.FileType;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.MoreTime;
import uk.safeguardcases.web.shell.Pages;

/**
 * One request to the member ({@code request.xhtml?id=}): what is asked, the evidence shown to them, and their
 * answer. Only a request about the signed-in member opens; any other id is "not found".
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

    private static final int MAX_TEXT = 4000;

    @Inject
    private MemberRequests requests;

    @Inject
    private RequestService answers;

    @Inject
    private EvidenceService evidence;

    private String id;
    private MemberRequestView request;
    private List<EvidenceShownToMember> evidenceShown;

    private String removedNote;
    private transient Part proof;
    private Platform proofPlatform;
    private String contestReasons;
    private String moreTimeReasons;
    private LocalDate moreTimeUntil;
    private String statement;
    private boolean acceptsInterview;

    /** f:viewAction: the request named in the URL, or the 404 page (also for another member's request). */
    public void load() {
        try {
            refresh();
        } catch (NotFoundException | NumberFormatException e) {
            request = null;
            Pages.notFound(Texts.text("notFound.request"));
        }
    }

    public String confirmRemoval() {
        Map<String, String> problems = new LinkedHashMap<>();
        String note = optional(problems, "text", removedNote);
        EvidenceInput proofInput = proofInput(problems);
        if (!problems.isEmpty()) {
            Pages.fieldErrors("removed", problems);
            return null;
        }
        return answered("removed", () -> answers.respondToRemoval(request.caseReference(), MemberResponse.REMOVED,
                note, proofInput), "removed.done");
    }

    public String contest() {
        Map<String, String> problems = new LinkedHashMap<>();
        String reasons = required(problems, "reasons", contestReasons, "error.reasons");
        if (!problems.isEmpty()) {
            Pages.fieldErrors("contest", problems);
            return null;
        }
        return answered("contest", () -> answers.respondToRemoval(request.caseReference(), MemberResponse.CONTESTED,
                reasons), "contest.done");
    }

    public String askForMoreTime() {
        Map<String, String> problems = new LinkedHashMap<>();
        // The domain's rule (MoreTime), checked here too so the page answers with every problem at once.
        LocalDate currentDeadline = request.deadline().atZone(WorkingCalendar.UK).toLocalDate();
        MoreTime.refusalOf(moreTimeUntil, currentDeadline).ifPresent(refusal -> problems.put("until",
                switch (refusal) {
                    case NO_DAY -> RequestWording.text("error.until");
                    case NOT_AFTER_DEADLINE -> RequestWording.text("error.untilAfterDeadline");
                    case TOO_LATE -> RequestWording.text("error.untilTooLate");
                }));
        String reasons = required(problems, "reasons", moreTimeReasons, "error.reasons");
        if (!problems.isEmpty()) {
            Pages.fieldErrors("moreTime", problems);
            return null;
        }
        LocalDate until = moreTimeUntil;
        return answered("moreTime", () -> answers.askForMoreTime(request.caseReference(), until, reasons),
                "moreTime.done");
    }

    public String cooperate() {
        Map<String, String> problems = new LinkedHashMap<>();
        String text = optional(problems, "statement", statement);
        if (text.isEmpty() && !acceptsInterview) {
            problems.put("statement", RequestWording.text("error.statement"));
        }
        if (!problems.isEmpty()) {
            Pages.fieldErrors("cooperation", problems);
            return null;
        }
        return answered("cooperation", () -> answers.respondToCooperation(request.caseReference(), text,
                acceptsInterview), "cooperation.done");
    }

    /**
     * Sends the member's answer through {@link Pages#step}, refusals in this page's words: the services' field
     * messages on this page's fields, and an answer no longer expected (already given, or the deadline passed) said
     * as such, with the request as it now is.
     */
    private String answered(String formId, Runnable answer, String doneKey) {
        Pages.Step result = Pages.step(formId, RequestWording.text(doneKey), "/portal/request.xhtml?id=" + request.id(),
                () -> {
                    try {
                        answer.run();
                    } catch (InvalidInputException e) {
                        throw new InvalidInputException(inPageWords(e.fieldMessages()));
                    } catch (TaskAlreadyDoneException e) {
                        throw new TaskAlreadyDoneException(RequestWording.text("error.notExpected"));
                    }
                });
        if (result == Pages.Step.REFUSED) {
            refresh();
        }
        return null;
    }

    /**
     * The services' messages, already in the member's language, on this page's fields: the proof's type and name
     * are answered with what a file must be, as the page's own check of the file is, its content with why it was
     * refused, and a missing statement with the page's words, which name its tick box; any other keeps the
     * service's message.
     */
    private static Map<String, String> inPageWords(Map<String, String> messages) {
        Map<String, String> words = new LinkedHashMap<>();
        messages.forEach((field, message) -> {
            switch (field) {
                case "contentType", "fileName", "evidence" -> words.put("proof", RequestWording.text("error.file"));
                // Why its content was refused (the one rule every uploader's file passes), already in their words.
                case "file" -> words.put("proof", message);
                case "statement" -> words.put("statement", RequestWording.text("error.statement"));
                case "text" -> words.put("reasons", message);
                default -> words.put(field, message);
            }
        });
        return words;
    }

    private EvidenceInput proofInput(Map<String, String> problems) {
        if (proof == null || proof.getSize() == 0) {
            return null;
        }
        if (proof.getSize() > FileType.MAX_BYTES) {
            problems.put("proof", RequestWording.text("error.fileTooLarge"));
            return null;
        }
        if (FileType.forContentType(proof.getContentType()).isEmpty()) {
            problems.put("proof", RequestWording.text("error.file"));
            return null;
        }
        if (proofPlatform == null) {
            problems.put("platform", RequestWording.text("error.platform"));
            return null;
        }
        try (InputStream in = proof.getInputStream()) {
            return EvidenceInput.file(null, proofPlatform, proof.getSubmittedFileName(), proof.getContentType(),
                    in.readAllBytes(), Instant.now(), CaptureMethod.PROVIDED_BY_MEMBER, CaptureForm.FILE_AS_SENT, true);
        } catch (IOException e) {
            problems.put("proof", RequestWording.text("error.file"));
            return null;
        }
    }

    private static String required(Map<String, String> problems, String field, String value, String missingKey) {
        String text = optional(problems, field, value);
        if (text.isEmpty()) {
            problems.putIfAbsent(field, RequestWording.text(missingKey));
        }
        return text;
    }

    private static String optional(Map<String, String> problems, String field, String value) {
        String text = value == null ? "" : value.strip();
        if (text.length() > MAX_TEXT - 100) {
            problems.put(field, RequestWording.text("error.tooLong", MAX_TEXT - 100));
        }
        return text;
    }

    private void refresh() {
        request = requests.mine(Long.parseLong(id == null ? "" : id.strip()));
        evidenceShown = evidence.evidenceShownToMember(request.caseReference());
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MemberRequestView getRequest() {
        return request;
    }

    public List<EvidenceShownToMember> getEvidenceShown() {
        return evidenceShown;
    }

    public String getRemovedNote() {
        return removedNote;
    }

    public void setRemovedNote(String removedNote) {
        this.removedNote = removedNote;
    }

    public Part getProof() {
        return proof;
    }

    public void setProof(Part proof) {
        this.proof = proof;
    }

    public Platform getProofPlatform() {
        return proofPlatform;
    }

    public void setProofPlatform(Platform proofPlatform) {
        this.proofPlatform = proofPlatform;
    }

    public String getContestReasons() {
        return contestReasons;
    }

    public void setContestReasons(String contestReasons) {
        this.contestReasons = contestReasons;
    }

    public String getMoreTimeReasons() {
        return moreTimeReasons;
    }

    public void setMoreTimeReasons(String moreTimeReasons) {
        this.moreTimeReasons = moreTimeReasons;
    }

    public LocalDate getMoreTimeUntil() {
        return moreTimeUntil;
    }

    public void setMoreTimeUntil(LocalDate moreTimeUntil) {
        this.moreTimeUntil = moreTimeUntil;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public boolean isAcceptsInterview() {
        return acceptsInterview;
    }

    public void setAcceptsInterview(boolean acceptsInterview) {
        this.acceptsInterview = acceptsInterview;
    }
}
