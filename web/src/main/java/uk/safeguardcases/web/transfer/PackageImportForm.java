package uk.safeguardcases.web.transfer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import uk.safeguardcases.application.transfer.TransferPackages;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The senior managers' import of a package a board on another deployment sent: the file checked by the service
 * (its signature, its signer one the board trusts) before anything in it is shown; then its page, to decide on it.
 */
@Named
@RequestScoped
public class PackageImportForm {

    /** One byte over the largest package the service takes (18 MB), so a bigger file is refused in its words, not cut. */
    private static final int MOST_READ = 18 * 1024 * 1024 + 1;

    @Inject
    private TransferPackages packages;

    private Part file;

    public void importPackage() {
        byte[] bytes;
        try {
            bytes = read(file);
        } catch (IOException e) {
            Pages.fieldErrors("packageImport", Map.of("file", text("import.unreadable")));
            return;
        }
        Pages.step("packageImport", () -> {
            long id = packages.importPackage(bytes);
            return Pages.Done.then("/transfer/received.xhtml?id=" + id, text("import.done"));
        });
    }

    private static byte[] read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return new byte[0];
        }
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(MOST_READ);
        }
    }

    private static String text(String key) {
        return Language.text(TransferPages.BUNDLE, key);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
