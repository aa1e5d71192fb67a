package uk.safeguardcases.application.signing;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.evidence.ContentHash;
import uk.safeguardcases.domain.signing.IssuedDocumentRepository;

/**
 * Anyone holding a document checks it on a board's public page (issue 66), nobody signed in: whether that board issued
 * these very bytes, which kind of document, when, and whether its signature carries a trusted time. Nothing else about
 * the case; looked up among the board's own documents only, so another board's document is "not issued here" like any
 * other file. The file is hashed, never kept.
 */
@Stateless
public class DocumentCheck {

    @Inject
    private BoardRepository boards;

    @Inject
    private IssuedDocumentRepository issued;

    @Inject
    private PdfSigner signer;

    @Resource
    private SessionContext context;

    /** A board as the check page shows it. */
    public record CheckingBoard(String id, String name, String nameCy, boolean welsh) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What the page may say of a document the board issued. */
    public record Issued(String kind, Instant issuedAt, boolean trustedTime) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The board of a check page's address, or empty for an address that names none. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<CheckingBoard> board(String boardId) {
        if (!namesABoard(boardId)) {
            return Optional.empty();
        }
        return CallerContext.runAs(Caller.system(boardId), () -> self().boardNow(boardId));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<CheckingBoard> boardNow(String boardId) {
        return boards.byId(boardId).map(b -> new CheckingBoard(b.id(), b.name(), b.nameCy(), b.welshInterface()));
    }

    /** Whether board {@code boardId} issued exactly {@code content}; empty for anything else. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<Issued> check(String boardId, byte[] content) {
        if (!namesABoard(boardId) || content == null || content.length == 0) {
            return Optional.empty();
        }
        String sha256 = ContentHash.sha256Hex(content);
        return CallerContext.runAs(Caller.system(boardId), () -> self().checkNow(sha256));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Issued> checkNow(String sha256) {
        return issued.withSha256(sha256).map(d -> new Issued(d.kind(), d.issuedAt(), d.trustedTime()));
    }

    /** The certificate that signs every document of this deployment, to trust (PEM): public, as it is in each. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public String certificatePem() {
        return signer.signer().certificatePem();
    }

    private static boolean namesABoard(String boardId) {
        return boardId != null && boardId.matches("[a-z0-9-]{1,20}");
    }

    private DocumentCheck self() {
        return context.getBusinessObject(DocumentCheck.class);
    }
}
