package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.administration.DataProtectionOfficer;
import uk.safeguardcases.application.administration.PrivacyNotices;
import uk.safeguardcases.application.administration.ProcessingRecord;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * admin/privacy.xhtml: the board's privacy notice (what its people are told about their data, in English and, for a
 * bilingual board, Welsh) and its record of processing; blank fields keep the product's standard wording, shown
 * beside them. admin/processing-record.xhtml prints the record.
 */
@Named
@ViewScoped
public class PrivacyView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/admin/privacy.xhtml";

    @Inject
    private PrivacyNotices notices;

    private ProcessingRecord record;
    private String noticeNow;
    private String notice;
    private String noticeCy;
    private String contact;
    private String categories;
    private String lawfulBasis;
    private String recipients;
    private DataProtectionOfficer dataProtectionOfficer;
    private String dpoName;
    private String dpoEmail;
    private String dpoPhone;

    public void load() {
        record = notices.record();
        noticeNow = notices.notice().text();
        notice = record.ownNotice();
        noticeCy = record.ownNoticeCy();
        contact = record.ownContact();
        categories = record.ownCategories();
        lawfulBasis = record.ownLawfulBasis();
        recipients = record.ownRecipients();
        dataProtectionOfficer = notices.dataProtectionOfficer();
        dpoName = dataProtectionOfficer.name();
        dpoEmail = dataProtectionOfficer.email();
        dpoPhone = dataProtectionOfficer.phone();
    }

    /** The administrator names the board's data protection officer, the notice's direct contact. */
    public String saveDpo() {
        Pages.step("dpo", Language.text("admin", "privacy.dpoSaved"), SELF,
                () -> notices.nameDataProtectionOfficer(dpoName, dpoEmail, dpoPhone));
        return null;
    }

    public DataProtectionOfficer getDataProtectionOfficer() {
        return dataProtectionOfficer;
    }

    public String getDpoName() {
        return dpoName;
    }

    public void setDpoName(String dpoName) {
        this.dpoName = dpoName;
    }

    public String getDpoEmail() {
        return dpoEmail;
    }

    public void setDpoEmail(String dpoEmail) {
        this.dpoEmail = dpoEmail;
    }

    public String getDpoPhone() {
        return dpoPhone;
    }

    public void setDpoPhone(String dpoPhone) {
        this.dpoPhone = dpoPhone;
    }

    public String save() {
        Pages.step("privacy", Language.text("admin", "privacy.saved"), SELF,
                () -> notices.describe(notice, noticeCy, contact, categories, lawfulBasis, recipients));
        return null;
    }

    /** The notice as the board's people read it now (in this page's language). */
    public String getStandardNotice() {
        return noticeNow;
    }

    public ProcessingRecord getRecord() {
        return record;
    }

    public String getNotice() {
        return notice;
    }

    public void setNotice(String notice) {
        this.notice = notice;
    }

    public String getNoticeCy() {
        return noticeCy;
    }

    public void setNoticeCy(String noticeCy) {
        this.noticeCy = noticeCy;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getCategories() {
        return categories;
    }

    public void setCategories(String categories) {
        this.categories = categories;
    }

    public String getLawfulBasis() {
        return lawfulBasis;
    }

    public void setLawfulBasis(String lawfulBasis) {
        this.lawfulBasis = lawfulBasis;
    }

    public String getRecipients() {
        return recipients;
    }

    public void setRecipients(String recipients) {
        this.recipients = recipients;
    }
}
