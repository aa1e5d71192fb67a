package uk.safeguardcases.web.dpcomplaint;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.dpcomplaint.ComplaintForm;
import uk.safeguardcases.application.dpcomplaint.DataProtectionComplaints;
import uk.safeguardcases.domain.dpcomplaint.DataProtectionComplaint;
import uk.safeguardcases.web.shell.Pages;

/**
 * A member's data protection complaint from their portal ({@code /portal/data-protection-complaint.xhtml}): the
 * complaint goes to the board's data protection officer, the member is written to at their account's address, and
 * sees the receipt code once and their complaints' states.
 */
@Named
@ViewScoped
public class MemberComplaintView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SHOWN_ONCE = MemberComplaintView.class.getName() + ".receiptCode";

    @Inject
    private DataProtectionComplaints complaints;

    private String words;
    private String phone;
    private boolean sent;
    private transient List<DataProtectionComplaint> mine;

    public void send() {
        try {
            String code = complaints.complainAsMember(new ComplaintForm(words, null, null, phone));
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(SHOWN_ONCE, code);
            sent = true;
            mine = null;
            words = null;
        } catch (InvalidInputException e) {
            Pages.fieldErrors("complaint", e.fieldMessages());
            Pages.error(Texts.in(DpComplaintPages.BUNDLE, Pages.locale(), "form.problems"));
        }
    }

    public String getReceiptCode() {
        return (String) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(SHOWN_ONCE);
    }

    public List<DataProtectionComplaint> getMine() {
        if (mine == null) {
            mine = complaints.mine();
        }
        return mine;
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : day.format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
    }

    public boolean isSent() {
        return sent;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
