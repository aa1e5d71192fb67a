package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data protection complaints (DPA 2018 s.164A) in Chromium and GreenMail, in English (a board like City &amp; Hackney)
 * and in Welsh (a board like Cwm Taf): the administrator names the data protection officer on the privacy notice; a
 * person nobody knows complains on the board's public page on a phone (sent empty first: the problems, nothing lost)
 * and keeps the receipt code; the officer is e-mailed nothing of it, the data protection officer is told it is
 * registered with them; the officer finds it by the receipt code, acknowledges it (the complainant e-mailed), records
 * a step and tells the complainant, then records the outcome (e-mailed, with the right to complain to the ICO); a
 * member complains from the portal. Another board's officer sees none of it, by list, reference or code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataProtectionComplaintsBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 3125);
    private static final Pattern REFERENCE = Pattern.compile("[A-Z0-9]+-DP-\\d{4}-\\d{4}");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(AccountFixtureServlet.class);
    }

    @ArquillianResource
    private URL baseUrl;

    private Chromium browser;
    private GreenMail smtp;
    private final List<String> accessibility = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.assumeInstalled();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        browser = new Chromium(URI.create(baseUrl.toString()));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aSignedOutPersonsComplaintToItsOutcomeInEnglish() throws Exception {
        walk("chscb", false);
    }

    @Test
    void aSignedOutPersonsComplaintToItsOutcomeInWelsh() throws Exception {
        walk("cwmtaf", true);
    }

    private void walk(String like, boolean welsh) throws Exception {
        browser.open("test-fixtures/account/board?like=" + like);
        String board = browser.text().strip();
        browser.open("test-fixtures/account/board?like=lscb");
        String otherBoard = browser.text().strip();
        String marker = Long.toString(System.nanoTime(), 36);
        String dpoName = welsh ? "Dafydd ap Gwilym" : "Priya O’Neill";
        String dpoEmail = "dpo." + marker + "@example.org";
        String complainant = "achwynydd." + marker + "@example.org";
        String words = Typed.text(welsh ? "Rhannwyd fy nghyfeiriad â “Ysgol Glan‑y‑Môr” heb ganiatâd"
                : "My address was shared with “Glan‑y‑Môr School” without my consent");
        String step = Typed.text(welsh ? "Gofynnwyd i’r tîm TG pwy anfonodd y llythyr" : "Asked the IT team who sent the letter");
        String found = Typed.text(welsh ? "Anfonwyd y llythyr trwy gamgymeriad; ymddiheurwn" : "The letter was sent in error; we apologise");
        String cy = welsh ? "&lang=cy" : "";

        // The administrator names the data protection officer on the privacy notice.
        signIn(board + ".admin", welsh);
        browser.open("admin/privacy.xhtml");
        browser.type("dpo:dpoName", dpoName);
        browser.type("dpo:dpoEmail", dpoEmail);
        browser.click("dpo:saveDpo");

        // A person nobody knows, on a phone: sent empty first, then in full; the receipt code shown once.
        browser.close();
        browser = new Chromium(URI.create(baseUrl.toString()));
        browser.resize(375, 812);
        browser.open("dp-complaint/complain.xhtml?board=" + board + cy);
        assertThat(browser.text("complaint-dpo")).contains(dpoName);
        check(welsh, "public complaint form", true);
        browser.screenshotPhone("dp-complaint-public" + (welsh ? "-cy" : ""));
        browser.type("complaint:phone", "0800 BAD");
        browser.click("complaint:send");
        assertThat(browser.text()).contains(welsh ? "Dywedwch wrthym beth yw eich cwyn." : "Tell us what your complaint is.")
                .contains(welsh ? "Rhowch gyfeiriad e-bost" : "Give an e-mail address we can write to.")
                .contains(welsh ? "Ysgrifennwch y rhif ffôn mewn digidau" : "Write the phone number in digits");
        check(welsh, "public complaint form, problems", true);
        browser.type("complaint:words", words);
        browser.type("complaint:name", welsh ? "Gwenllïan Ŵyn" : "Siân O’Brien");
        browser.type("complaint:email", "not an address");
        browser.type("complaint:phone", "01443 744800");
        browser.click("complaint:send");
        assertThat(browser.text()).contains(welsh ? "Nid cyfeiriad e-bost yw hwnnw" : "That is not an e-mail address");
        assertThat(value("complaint:words")).as("nothing typed is lost").isEqualTo(words);
        browser.type("complaint:email", complainant);
        browser.click("complaint:send");
        String code = browser.text("receipt-code");
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        assertThat(browser.url()).doesNotContain(code);
        assertThat(browser.text("ico")).contains("ico.org.uk");
        check(welsh, "public complaint form, sent", true);
        browser.screenshotPhone("dp-complaint-receipt" + (welsh ? "-cy" : ""));
        browser.refresh();
        assertThat(browser.text()).doesNotContain(code);

        // The data protection officer is told it is registered with them; the complaint's reference is in it.
        String registered = body(awaitMail(dpoEmail, welsh ? "Cwyn diogelu data" : "Data protection complaint"));
        Matcher reference = REFERENCE.matcher(registered);
        assertThat(reference.find()).as("the reference in the DPO's e-mail").isTrue();
        String ref = reference.group();
        assertThat(registered).contains(dpoName).doesNotContain(complainant).doesNotContain("Siân").doesNotContain("Gwenllïan");

        // The officer finds it by the code the complainant quotes, and acknowledges it.
        signIn(board + ".officer", welsh);
        browser.open("dpcomplaint/complaints.xhtml");
        assertThat(browser.text("complaint-list")).contains(ref);
        check(welsh, "complaints, officer", false);
        browser.type("find:code", code.toLowerCase().replace("-", " "));
        browser.click("find:open");
        browser.waitFor(() -> browser.url().contains("ref=" + ref), "the complaint's page");
        assertThat(htmlOf("complaint-words")).isEqualTo(words);
        assertThat(browser.text("complaint-dpo")).isEqualTo(dpoName);
        assertThat(browser.text("complaint-status")).isEqualTo(welsh ? "Yn aros i gael ei chydnabod" : "Waiting to be acknowledged");
        check(welsh, "complaint, received", false);
        browser.click("acknowledge:acknowledge");
        browser.waitFor(() -> !browser.has("acknowledge:acknowledge"), "the acknowledgement");
        assertThat(browser.text("complaint-status")).isEqualTo(welsh ? "Wedi’i chydnabod: yn cael ei hystyried"
                : "Acknowledged: being looked into");
        check(welsh, "complaint, acknowledged", false);
        String acknowledgement = body(awaitMail(complainant, welsh ? "Rydym wedi derbyn" : "We have received"));
        assertThat(acknowledgement).contains(ref).contains(dpoName).contains(dpoEmail)
                .contains("We are looking into it");
        if (welsh) {
            assertThat(acknowledgement).contains("Rydym yn edrych i mewn iddi");
            assertThat(acknowledgement.indexOf("Rydym yn edrych")).as("Welsh first on a bilingual board")
                    .isLessThan(acknowledgement.indexOf("We are looking into it"));
        }

        // A step taken, the complainant told; then the outcome, sent with the right to complain to the ICO.
        browser.type("steps:step", step);
        browser.check("steps:tell");
        browser.click("steps:record");
        browser.waitFor(() -> browser.text("complaint-timeline").contains(step.substring(0, 20)), "the step");
        assertThat(body(awaitMail(complainant, welsh ? "Eich cwyn" : "Your complaint"))).contains(step);
        browser.chooseByValue("close:outcome", "PARTLY_UPHELD");
        browser.type("close:outcomeWords", found);
        browser.click("close:send");
        browser.waitFor(() -> browser.text("complaint-status").contains(welsh ? "Wedi’i chau" : "Closed"), "the outcome");
        assertThat(browser.text("complaint-outcome")).isEqualTo(welsh ? "Wedi’i chadarnhau’n rhannol" : "Partly upheld");
        assertThat(browser.has("steps:record")).as("nothing more once closed").isFalse();
        check(welsh, "complaint, closed", false);
        browser.screenshot("dp-complaint-closed" + (welsh ? "-cy" : ""));
        String outcome = body(awaitMail(complainant, welsh ? "Canlyniad eich cwyn" : "The outcome of your complaint"));
        assertThat(outcome).contains(ref).contains(found).contains("Partly upheld").contains("ico.org.uk");
        if (welsh) {
            assertThat(outcome).contains("Wedi’i chadarnhau’n rhannol").contains("Swyddfa’r Comisiynydd Gwybodaeth");
        }
        assertThat(smtp.getReceivedMessages()).filteredOn(m -> recipients(m).contains(complainant))
                .as("acknowledgement, progress and outcome: nothing else to the complainant").hasSize(3);

        // The complainant, on a phone, reads how it went with its reference and their code; a wrong code, and the
        // same reference and code on another board's page, get one and the same "not found".
        String notFound = welsh ? "Ni allem ddod o hyd i gŵyn gyda’r cyfeirnod a’r cod derbynneb hynny."
                : "We could not find a complaint with that reference and receipt code.";
        readProgress(board, cy, ref, code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A"));
        assertThat(browser.text("not-found")).startsWith(notFound);
        assertThat(browser.has("progress")).isFalse();
        readProgress(otherBoard, "", ref, code);
        String otherAnswer = browser.text("not-found");
        assertThat(browser.has("progress")).isFalse();
        assertThat(browser.text()).doesNotContain(step.substring(0, 20)).doesNotContain(found.substring(0, 20));
        readProgress(board, cy, " " + ref.toLowerCase() + " ", code.toLowerCase());
        assertThat(browser.has("progress")).as("the reference and code as typed, any case").isTrue();
        readProgress(board, cy, ref, code);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
                .format(java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy"));
        assertThat(browser.text("progress-reference")).isEqualTo(ref);
        assertThat(browser.text("progress-received")).isEqualTo((welsh ? "Daeth i law ar " : "Received on ") + today + ".");
        assertThat(browser.text("progress-acknowledged")).isEqualTo((welsh ? "Cydnabuwyd ar " : "Acknowledged on ") + today + ".");
        assertThat(htmlOf("progress-steps")).as("the step as typed, right-to-left marks and all").contains(step);
        assertThat(browser.text("progress-outcome")).contains(welsh ? "Wedi’i chadarnhau’n rhannol" : "Partly upheld");
        assertThat(htmlOf("progress-outcome-words")).isEqualTo(found);
        assertThat(browser.text()).doesNotContain(code).as("no one's name").doesNotContain(board + ".officer");
        check(welsh, "complaint progress", true);
        browser.screenshotPhone("dp-complaint-progress" + (welsh ? "-cy" : ""));
        assertThat(otherAnswer).as("another board's answer is the wrong code's, in English").isEqualTo(
                "We could not find a complaint with that reference and receipt code. Check both and try again.");

        // A member complains from the portal, and sees it among theirs.
        signIn(board + ".member", welsh);
        browser.open("portal/data-protection-complaint.xhtml");
        check(welsh, "portal complaint form", false);
        browser.type("complaint:words", Typed.text(welsh ? "Mae fy nghyfeiriad yn anghywir" : "My address is wrong"));
        browser.click("complaint:send");
        assertThat(browser.text("receipt-code")).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        assertThat(browser.text("my-complaints")).containsPattern(REFERENCE);

        // Another board's officer: nothing, by the list, the reference or the receipt code.
        signIn(otherBoard + ".officer", false);
        browser.open("dpcomplaint/complaints.xhtml");
        assertThat(browser.text()).doesNotContain(ref).doesNotContain(words.substring(0, 20));
        browser.open("dpcomplaint/complaints.xhtml?ref=" + ref);
        assertThat(browser.text()).doesNotContain(words.substring(0, 20)).doesNotContain(complainant);
        browser.open("dpcomplaint/complaints.xhtml");
        browser.type("find:code", code);
        browser.click("find:open");
        assertThat(browser.text()).contains("No complaint of this board has that reference or receipt code.")
                .doesNotContain(words.substring(0, 20));
        // Nor does its member's portal show them.
        signIn(otherBoard + ".member", false);
        browser.open("portal/data-protection-complaint.xhtml");
        assertThat(browser.text()).doesNotContain(ref);

        assertThat(accessibility).as("serious or critical accessibility problems").isEmpty();
    }

    /** A signed-out person on a phone gives a reference and a receipt code on a board's progress page. */
    private void readProgress(String board, String cy, String ref, String code) {
        browser.close();
        browser = new Chromium(URI.create(baseUrl.toString()));
        browser.resize(375, 812);
        browser.open("dp-complaint/progress.xhtml?board=" + board + cy);
        browser.type("progress-form:reference", ref);
        browser.type("progress-form:code", code);
        browser.click("progress-form:look");
        browser.waitFor(() -> browser.has("not-found") || browser.has("progress") || browser.has("limit"),
                "the answer");
    }

    private void signIn(String username, boolean welsh) {
        browser.close();
        browser = new Chromium(URI.create(baseUrl.toString()));
        browser.signIn(username, PASSWORD);
        if (welsh) {
            browser.open("account.xhtml?lang=cy");
        }
    }

    private void check(boolean welsh, String page, boolean phone) {
        WalkPages.check(browser, page, welsh, null, phone, accessibility);
    }

    private String value(String id) {
        return (String) browser.script("return document.getElementById(arguments[0]).value;", id);
    }

    private String htmlOf(String id) {
        return (String) browser.script("return document.getElementById(arguments[0]).innerHTML;", id);
    }

    private MimeMessage awaitMail(String to, String subjectStart) {
        return Waiting.waitingFor("an e-mail to " + to + ", " + subjectStart).atMost(Duration.ofSeconds(30))
                .until(() -> Arrays.stream(smtp.getReceivedMessages())
                        .filter(m -> recipients(m).contains(to) && subject(m).contains(subjectStart))
                        .reduce((first, second) -> second), Optional::isPresent).get();
    }

    private static String body(MimeMessage mail) throws IOException, MessagingException {
        return mail.getSubject() + "\n" + mail.getContent();
    }

    private static String subject(MimeMessage mail) {
        try {
            return String.valueOf(mail.getSubject());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> recipients(MimeMessage mail) {
        try {
            Address[] to = mail.getAllRecipients();
            return to == null ? Set.of() : Arrays.stream(to).map(Address::toString).collect(Collectors.toSet());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
