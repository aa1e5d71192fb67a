package uk.safeguardcases.web.transfer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguardcases.application.signing.PdfSigner;
import uk.safeguardcases.application.transfer.TransferPackages;
import uk.safeguardcases.domain.transfer.TrustedDeployment;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The board's administrator's list of other deployments whose packages the board imports (each one's signing
 * certificate), and this deployment's own certificate, to hand to another deployment's boards.
 */
@Named
@RequestScoped
public class TrustedDeploymentsForm {

    @Inject
    private TransferPackages packages;

    private List<TrustedDeployment> trusted;
    private PdfSigner.Signer own;
    private String deploymentName;
    private String certificate;

    public void trust() {
        Pages.step("trustDeployment", text("trust.done", deploymentName == null ? "" : deploymentName.strip()),
                "/admin/transfers.xhtml", () -> packages.trust(deploymentName, certificate));
    }

    public void distrust(long id) {
        Pages.stepOnListed(() -> {
            packages.distrust(id);
            return Pages.Done.then("/admin/transfers.xhtml", text("trust.removed"));
        });
    }

    public List<TrustedDeployment> getTrusted() {
        if (trusted == null) {
            trusted = packages.trusted();
        }
        return trusted;
    }

    public PdfSigner.Signer getOwn() {
        if (own == null) {
            own = packages.ownCertificate();
        }
        return own;
    }

    private static String text(String key, Object... arguments) {
        return Language.text(TransferPages.BUNDLE, key, arguments);
    }

    public String getDeploymentName() {
        return deploymentName;
    }

    public void setDeploymentName(String deploymentName) {
        this.deploymentName = deploymentName;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
    }
}
