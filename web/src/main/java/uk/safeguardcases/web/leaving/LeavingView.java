package uk.safeguardcases.web.leaving;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import uk.safeguardcases.application.leaving.BoardLeaving;
import uk.safeguardcases.application.leaving.ErasureCertificate;
import uk.safeguardcases.application.leaving.ErasureRefusedException;
import uk.safeguardcases.application.leaving.LeavingStatus;
import uk.safeguardcases.application.leaving.LeavingWords;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/**
 * admin/leaving.xhtml: the board's whole record to download, its erasure to ask for, withdraw or confirm, and the
 * cases on legal hold that stop it. A refusal is said at the top of the page and what was typed stays. Once the board
 * is erased there is no board left to show a page in: the certificate is answered as a page of its own and the
 * person is signed out.
 */
@Named
@ViewScoped
public class LeavingView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/admin/leaving.xhtml";

    @Inject
    private BoardLeaving leaving;

    private LeavingStatus status;
    private String reason;
    private String typed;
    private String typedToConfirm;

    public void load() {
        status = leaving.status();
    }

    public void ask() {
        refusable(() -> {
            leaving.askForErasure(typed, reason);
            return Done.then(SELF, text("erase.asked", Pages.when(leaving.status().request().confirmableFrom())));
        }, "ask");
        load();
    }

    public void withdraw() {
        refusable(() -> {
            leaving.withdrawErasure();
            return Done.then(SELF, text("erase.withdrawn"));
        }, null);
        load();
    }

    public void confirm() {
        ErasureCertificate[] done = new ErasureCertificate[1];
        refusable(() -> {
            done[0] = leaving.confirmErasure(typedToConfirm);
            return Done.here(null);
        }, "confirm");
        if (done[0] != null) {
            answerCertificate(done[0]);
        } else {
            load();
        }
    }

    private void refusable(java.util.function.Supplier<Done> step, String formId) {
        try {
            Pages.step(formId, step);
        } catch (ErasureRefusedException e) {
            Pages.error(e.getMessage());
        }
    }

    /** The certificate as a page of its own (the board, and so the frame of every page, is gone); then signed out. */
    private void answerCertificate(ErasureCertificate certificate) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String language = Pages.locale().toLanguageTag();
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(language))
                .append("\"><head><meta charset=\"UTF-8\"><title>").append(escape(text("certificate.title")))
                .append("</title></head><body><main id=\"certificate\"><h1>")
                .append(escape(text("certificate.title"))).append("</h1><p>")
                .append(escape(text("certificate.intro", certificate.boardName() + " (" + certificate.boardId() + ")")))
                .append("</p><ul>");
        for (String line : new String[] {text("certificate.asked", certificate.askedBy(), when(certificate.askedAt())),
                text("certificate.confirmed", certificate.confirmedBy(), when(certificate.confirmedAt())),
                text("certificate.rows", String.valueOf(certificate.totalRows()),
                        String.valueOf(certificate.rowsErased().size())),
                text("certificate.files", String.valueOf(certificate.filesErased())),
                text("certificate.chain", String.valueOf(certificate.chainLastSequence()),
                        certificate.chainLastHash())}) {
            page.append("<li>").append(escape(line)).append("</li>");
        }
        page.append("</ul><p><a href=\"").append(escape(external.getRequestContextPath())).append("/login.xhtml\">")
                .append(escape(text("certificate.signIn"))).append("</a></p></main></body></html>\n");
        try {
            external.responseReset();
            external.setResponseContentType("text/html; charset=UTF-8");
            external.setResponseHeader("Cache-Control", "private, no-store");
            Writer writer = external.getResponseOutputWriter();
            writer.write(page.toString());
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            // The session goes below in any case.
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        faces.responseComplete();
    }

    private static String when(Instant instant) {
        return instant == null ? "" : Pages.when(instant);
    }

    private static String text(String key, Object... arguments) {
        return Language.text(LeavingWords.BUNDLE, key, arguments);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public LeavingStatus getStatus() {
        return status;
    }

    public String when(LeavingStatus.Request request, boolean from) {
        return request == null ? "" : Pages.when(from ? request.confirmableFrom() : request.askedAt());
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getTyped() {
        return typed;
    }

    public void setTyped(String typed) {
        this.typed = typed;
    }

    public String getTypedToConfirm() {
        return typedToConfirm;
    }

    public void setTypedToConfirm(String typedToConfirm) {
        this.typedToConfirm = typedToConfirm;
    }
}
