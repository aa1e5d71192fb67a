package uk.safeguardcases.application.transfer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.process.StepUnavailableException;
import uk.safeguardcases.application.process.TaskAlreadyDoneException;
import uk.safeguardcases.application.reports.OutgoingDocuments;
import uk.safeguardcases.application.signing.DetachedSignatures;
import uk.safeguardcases.application.signing.DetachedSignatures.SignatureRefusedException;
import uk.safeguardcases.application.signing.DetachedSignatures.Verified;
import uk.safeguardcases.application.signing.PdfSigner;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.transfer.CaseTransfer;
import uk.safeguardcases.domain.transfer.ReceivedFile;
import uk.safeguardcases.domain.transfer.ReceivedTransfer;
import uk.safeguardcases.domain.transfer.SentPackage;
import uk.safeguardcases.domain.transfer.TransferAction;
import uk.safeguardcases.domain.transfer.TransferPackage;
import uk.safeguardcases.domain.transfer.TransferProcess;
import uk.safeguardcases.domain.transfer.TransferRepository;
import uk.safeguardcases.domain.transfer.TransferStatus;
import uk.safeguardcases.domain.transfer.TrustedDeployment;

/**
 * Cases between deployments (issue 67): the same sending as between two boards of one deployment, as a signed
 * package. The sending board's process makes it once (what goes, its redactions applied, never who raised the
 * concern; signed by the deployment's key, with a trusted time when the authority gives one) and keeps the file for
 * its senior managers to hand over; they record the other board's answer when it is given. The receiving board's
 * senior manager imports it: the file's signature is checked, and its signer must be a deployment the board's
 * administrator trusts, before anything in it is read or shown. Then it is received as any other, by the receiving
 * board's own process.
 */
@Stateless
public class TransferPackages {

    /** What the deployment's register of issued documents calls a package. */
    public static final String ISSUED_AS = "TRANSFER_PACKAGE";
    private static final int THEIR_REFERENCE_MAX = 100;

    @Inject
    private Clock clock;

    @Inject
    private TransferRepository transfers;

    @Inject
    private CaseTransfers sending;

    @Inject
    private BoardRepository boards;

    @Inject
    private OutgoingDocuments outgoing;

    @Inject
    private DetachedSignatures signatures;

    @Inject
    private PdfSigner signer;

    @Inject
    private TimelineService timeline;

    @Inject
    private Processes processes;

    @Inject
    private TransferMail mail;

    @Inject
    private BoardNames names;

    /**
     * The sending process's step for a package, as the board's system caller: the package made, signed and kept, and
     * the transfer marked sent. Once, however often the step runs.
     */
    public void make(long transferId) {
        TransferCrossing.requireSystem();
        CaseTransfer transfer = transfers.sent(transferId).orElseThrow(() -> notFound(transferId));
        if (!transfer.asPackage()) {
            throw new IllegalStateException("Transfer " + transferId + " goes to a board of this deployment");
        }
        if (transfers.packageOf(transferId).isEmpty()) {
            TransferPackage sent = sending.packageFor(transferId);
            Board board = boards.current();
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            byte[] content = TransferPackageJson.writeForAnotherDeployment(sent, board.name(), board.nameCy(),
                    transfer.toElsewhere(), now);
            byte[] signature = outgoing.sealBeside(ISSUED_AS, transfer.caseReference(), content).orElseThrow(
                    () -> new IllegalStateException("This deployment signs no document: a package cannot be made"));
            // Checked as the receiving deployment will check it, before it is kept.
            boolean trustedTime = signatures.verify(content, signature).trustedTime() != null;
            byte[] file = TransferPackageFile.write(content, signature);
            transfers.add(new SentPackage(transferId, file, ContentHash.sha256Hex(file), trustedTime, now));
        }
        sending.markSent(transferId);
    }

    /** A package as the board's senior managers download it. */
    public record PackageFile(String fileName, byte[] content) {
    }

    /** The package the transfer {@code id} went as, for a senior manager to hand over; each download recorded. */
    public PackageFile download(long id) {
        CallerContext.require(Role.SENIOR);
        CaseTransfer transfer = transfers.sent(id).orElseThrow(() -> notFound(id));
        SentPackage made = transfers.packageOf(id).orElseThrow(() -> notFound(id));
        timeline.record(transfer.caseId(), TransferAction.TRANSFER_PACKAGE_DOWNLOADED, "The signed package for "
                + names.inEnglish(transfer) + " (SHA-256 " + made.sha256() + ").");
        return new PackageFile("transfer-" + transfer.caseReference() + ".zip", made.content());
    }

    /** What the page shows of a package: its SHA-256, whether its signature has a trusted time, when it was made. */
    public Optional<TransferRepository.PackageAbout> about(long id) {
        CallerContext.require(Role.SENIOR);
        return transfers.sent(id).flatMap(t -> transfers.packageAbout(id));
    }

    /**
     * A senior manager records the answer the board on another deployment gave, by the boards' own means: accepted
     * as its case {@code theirReference}, or declined for {@code reason}. The transfer's process records it on the
     * case as it records an answer from a board of this deployment.
     */
    public void recordAnswer(long id, boolean accepted, String theirReference, String reason) {
        Caller senior = CallerContext.require(Role.SENIOR);
        CaseTransfer transfer = transfers.sent(id).orElseThrow(() -> notFound(id));
        if (!transfer.asPackage() || transfer.status() != TransferStatus.SENT) {
            throw new TaskAlreadyDoneException(TransferWords.text("package.answer.done"));
        }
        String reference = theirReference == null ? "" : theirReference.strip();
        String why = reason == null ? "" : reason.strip();
        Map<String, String> problems = new HashMap<>();
        if (accepted && reference.isEmpty()) {
            problems.put("theirReference", TransferWords.text("package.answer.reference.missing"));
        } else if (reference.length() > THEIR_REFERENCE_MAX) {
            problems.put("theirReference", TransferWords.text("input.tooLong", THEIR_REFERENCE_MAX));
        }
        if (!accepted && why.isEmpty()) {
            problems.put("answerReason", TransferWords.text("decline.reason.missing"));
        } else if (why.length() > CaseTransfer.REASON_MAX) {
            problems.put("answerReason", TransferWords.text("input.tooLong", CaseTransfer.REASON_MAX));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Map<String, Object> answer = new HashMap<>();
        answer.put(TransferProcess.ACCEPTED, accepted);
        answer.put(TransferProcess.DECISION_REASON, accepted ? "" : why);
        answer.put(TransferProcess.THEIR_REFERENCE, accepted ? reference : "");
        try {
            // First: a second senior manager who recorded one a moment before leaves no process waiting for it.
            processes.deliver(transfer.processInstanceId(), TransferProcess.ANSWER, TransferProcess.ANSWERED, answer);
        } catch (StepUnavailableException e) {
            throw new TaskAlreadyDoneException(TransferWords.text("package.answer.done"));
        }
        timeline.record(transfer.caseId(), TransferAction.TRANSFER_PACKAGE_ANSWER, names.inEnglish(transfer)
                + "'s answer, as it gave it, recorded by " + senior.username() + ": "
                + (accepted ? "accepted as its case " + reference + "." : "declined: " + why));
    }

    /**
     * A senior manager imports a package another deployment made: its signature checked, its signer one the board
     * trusts, before anything in it is read. What came is then kept as the board's record, its senior managers told,
     * and the board's process started to wait for their decision. Returns the received transfer's id; {@link
     * InvalidInputException} on {@code file} saying why a file is refused, and nothing kept.
     */
    public long importPackage(byte[] file) {
        Caller senior = CallerContext.require(Role.SENIOR);
        TransferPackageFile.Contents contents;
        try {
            contents = TransferPackageFile.read(file);
        } catch (TransferPackageFile.NotAPackageException e) {
            throw refused(TransferWords.text("import." + e.getMessage()));
        }
        Verified verified;
        try {
            verified = signatures.verify(contents.content(), contents.signature());
        } catch (SignatureRefusedException e) {
            throw refused(TransferWords.text("import.refused." + e.refusal().name()));
        }
        TrustedDeployment trusted = transfers.trustedDeployments().stream()
                .filter(t -> t.sha256().equals(verified.sha256Fingerprint())).findFirst()
                .orElseThrow(() -> refused(TransferWords.text("import.untrusted", verified.sha256Fingerprint())));
        TransferPackageJson.FromAnotherDeployment came;
        try {
            came = TransferPackageJson.readFromAnotherDeployment(contents.content());
        } catch (IllegalArgumentException e) {
            throw refused(TransferWords.text("import.notAPackage"));
        }
        TransferPackage sent = came.sent();
        Optional<ReceivedTransfer> already = transfers.importedFrom(trusted.sha256(), sent.fromBoard(),
                sent.transferId());
        if (already.isPresent()) {
            throw refused(TransferWords.text("import.already", sent.reference()));
        }
        if (!sent.files().stream().allMatch(ReceivedFile::acceptable)) {
            throw refused(TransferWords.text("import.refused.CHANGED"));
        }
        Instant now = Instant.now(clock);
        // When it was made, as the trusted sender signed it (a time-stamp token sits outside what the sender signs, so
        // its time is checked but never shown as the sender's).
        ReceivedTransfer received = ReceivedTransfer.imported(sent, new ReceivedTransfer.ImportedFrom(trusted.name(),
                trusted.sha256(), came.boardName(), came.madeAt(), came.toBoard()), now);
        transfers.add(received);
        ReceivedTransfers.keepFiles(transfers, received, sent);
        String from = came.boardName();
        timeline.record(null, TransferAction.TRANSFER_RECEIVED, "From " + from + ", on " + trusted.name()
                + ", its case " + sent.reference() + " (" + sent.legalBasis().label() + "): a signed package made "
                + PlainFormat.day(Locale.ENGLISH, came.madeAt()) + " for " + came.toBoard() + ", imported by "
                + senior.username() + "; "
                + PlainFormat.count(received.allegations().size(), "allegation", "allegations") + ", "
                + PlainFormat.count(received.evidence().size(), "evidence item", "evidence items")
                + (sent.files().isEmpty() ? "" : ", " + PlainFormat.count(sent.files().size(), "file", "files")) + "; "
                + PlainFormat.count(sent.redactedPassages(), "passage", "passages") + " redacted by the sending board.");
        mail.received(received, from);
        Map<String, Object> variables = new HashMap<>();
        variables.put(TransferProcess.RECEIVED_ID, received.id());
        received.startedAs(processes.start(TransferProcess.RECEIVED_KEY, sent.reference(), variables));
        return received.id();
    }

    /** This deployment's signing certificate, for another deployment's boards to trust, and its fingerprint. */
    public PdfSigner.Signer ownCertificate() {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        return signer.signer();
    }

    /** The deployments the board accepts packages from. */
    public List<TrustedDeployment> trusted() {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        return transfers.trustedDeployments();
    }

    /**
     * The board's administrator trusts another deployment's packages: its name, and its signing certificate as that
     * deployment's operator gave it (PEM). Recorded on the board's timeline.
     */
    public void trust(String name, String certificatePem) {
        Caller admin = CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new HashMap<>();
        String named = name == null ? "" : name.strip();
        if (named.isEmpty()) {
            problems.put("deploymentName", TransferWords.text("trust.name.missing"));
        } else if (named.length() > TrustedDeployment.NAME_MAX) {
            problems.put("deploymentName", TransferWords.text("input.tooLong", TrustedDeployment.NAME_MAX));
        }
        String pem = certificatePem == null ? "" : certificatePem.strip();
        Verified certificate = null;
        if (pem.length() > TrustedDeployment.CERTIFICATE_MAX) {
            problems.put("certificate", TransferWords.text("input.tooLong", TrustedDeployment.CERTIFICATE_MAX));
        } else {
            try {
                certificate = signatures.certificate(pem);
                String fingerprint = certificate.sha256Fingerprint();
                if (transfers.trustedDeployments().stream().anyMatch(t -> t.sha256().equals(fingerprint))) {
                    problems.put("certificate", TransferWords.text("trust.already"));
                } else if (fingerprint.equals(signer.signer().sha256Fingerprint())) {
                    problems.put("certificate", TransferWords.text("trust.own"));
                }
            } catch (SignatureRefusedException e) {
                problems.put("certificate", TransferWords.text("trust.certificate.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        transfers.add(new TrustedDeployment(named, pem, certificate.sha256Fingerprint(), admin.username(),
                Instant.now(clock)));
        timeline.record(null, TransferAction.TRANSFER_DEPLOYMENT_TRUSTED, "Packages from " + named
                + " are accepted: its signing certificate " + certificate.subject() + ", SHA-256 "
                + certificate.sha256Fingerprint() + ".");
    }

    /** The board's administrator no longer trusts the deployment {@code id}: what came from it already stays. */
    public void distrust(long id) {
        CallerContext.require(Role.ADMIN);
        TrustedDeployment trusted = transfers.trustedDeployments().stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(TransferWords.text("trust.notFound")));
        transfers.remove(trusted);
        timeline.record(null, TransferAction.TRANSFER_DEPLOYMENT_DISTRUSTED, "Packages from " + trusted.name()
                + " are no longer accepted (SHA-256 " + trusted.sha256() + ").");
    }

    private static InvalidInputException refused(String why) {
        return new InvalidInputException(Map.of("file", why));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(TransferWords.text("notFound", id));
    }
}
