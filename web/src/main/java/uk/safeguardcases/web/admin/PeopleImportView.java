package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import uk.safeguardcases.application.administration.ImportReport;
import uk.safeguardcases.application.administration.PeopleImport;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * admin/import.xhtml: adding a partner organisation's people from a CSV file (or pasted text). The file is read and
 * previewed row by row with what is wrong with each; the import then adds every row or, if any is wrong, none, and
 * each new person is e-mailed a link to choose their password.
 */
@Named
@ViewScoped
public class PeopleImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 1024 * 1024;

    @Inject
    private PeopleImport imports;

    private transient Part file;
    private String pasted;
    private String csv;
    private ImportReport report;

    public void preview() {
        try {
            csv = file != null && file.getSize() > 0 ? read(file) : pasted;
        } catch (IOException e) {
            Pages.fieldErrors("upload", java.util.Map.of("file", Language.text("accounts", "import.unreadable")));
            return;
        }
        if (csv == null || csv.isBlank()) {
            Pages.fieldErrors("upload", java.util.Map.of("file", Language.text("accounts", "import.empty")));
            report = null;
            return;
        }
        report = imports.preview(csv);
    }

    public void importAll() {
        if (csv == null) {
            return;
        }
        report = imports.importAll(csv);
        if (report.imported()) {
            Pages.info(Language.text("accounts", "import.done", report.rows().size()));
            csv = null;
            pasted = null;
        } else {
            Pages.error(Language.text("accounts", "import.nothing"));
        }
    }

    /** The file as UTF-8 text (a byte-order mark dropped); a file in another encoding is refused, not garbled. */
    static String read(Part part) throws IOException {
        if (part.getSize() > MAX_BYTES) {
            throw new IOException("too large");
        }
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8", e);
        }
    }

    /** "Import 12 people". */
    public String getImportButton() {
        return Language.text("accounts", "import.import", report == null ? 0 : report.rows().size());
    }

    public boolean isPreviewed() {
        return report != null && !report.imported();
    }

    public ImportReport getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }
}
