package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * What a new user met, round three (issue 63, items 5 to 8), walked in the browser with the demo's own people: choosing
 * the member of a low-level concern with a button that says what it does, and a chronology that shows a day as a day
 * and says where each link goes; the account page's tokens on a phone; the public page's error summary, in the form's
 * order and to fields that take the focus; and the words of the follow-up page, the timeline and the annual report.
 * Every page checked with axe-core at desktop width and on a 375 px phone, in English and Welsh, and measured: none
 * is wider than the phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewUserRoundThreeMoreBrowserIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int PHONE = 375;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(CaseFixtureServlet.class, AccountFixtureServlet.class);
    }

    @ArquillianResource
    private URL baseUrl;

    private Chromium browser;
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void start() {
        Chromium.assumeInstalled();
        browser = new Chromium(URI.create(baseUrl.toString()));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Item 5: a button that says "Choose", the one member found taken at once, and a chronology of days and places. */
    @Test
    void anOfficerChoosesTheMemberOfALowLevelConcernAndTheChronologyShowsTheDayAndWhereEachLinkGoes() {
        browser.signIn("cwmtaf.officer", PASSWORD);
        browser.open("officer/low-level.xhtml?lang=en");
        // Several found: each button says what it does, and names whom for a screen reader.
        browser.type("record:memberSearch", "cwmtaf.m");
        browser.click("record:find");
        List<String> buttons = buttonsFound("record");
        assertThat(buttons).as("the choose buttons").hasSizeGreaterThan(1).allMatch("Choose"::equals);
        assertThat(accessibleNames("record")).anyMatch(n -> n.contains("Morgan Evans"));
        assertThat(browser.has("member-chosen")).as("nobody chosen yet among several").isFalse();
        everywhere("low-level concerns, members found", null);
        // Recorded without choosing: told to choose, at a place that takes the focus.
        browser.type("record:summary", "Sylw “doniol” am blentyn – ar Facebook, £5 🙂");
        browser.type("record:occurredOn", LocalDate.now(UK).minusDays(3)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.click("record:save");
        assertThat(browser.text("error-summary")).contains("Choose");
        summaryLinksTakeTheFocus("low-level concern recorded without choosing");
        everywhere("low-level concern recorded without choosing", null);
        // Chosen with its button.
        browser.click(chooseButtonOf("record", "Morgan Evans"));
        assertThat(browser.text("member-chosen")).contains("Morgan Evans");
        browser.type("record:summary", "Sylw “doniol” am blentyn – ar Facebook, £5 🙂");
        browser.type("record:occurredOn", LocalDate.now(UK).minusDays(3)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.click("record:save");
        assertThat(browser.text()).contains("The low-level concern about Morgan Evans is recorded.");

        // One found: they are the one chosen, without a button to press.
        browser.open("officer/low-level.xhtml?lang=en");
        browser.type("record:memberSearch", "cwmtaf.member");
        browser.click("record:find");
        assertThat(browser.text("member-chosen")).contains("Morgan Evans");
        browser.type("record:summary", "Llun o’r ŵyl – “dim caniatâd” – £0.");
        browser.type("record:occurredOn", LocalDate.now(UK).minusDays(2)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.click("record:save");
        assertThat(browser.text()).contains("The low-level concern about Morgan Evans is recorded.");
        assertThat(browser.text("concerns")).contains("Llun o’r ŵyl – “dim caniatâd” – £0.")
                .contains("£5 🙂");
        everywhere("low-level concerns of Morgan Evans", browser.url());

        // The chronology: a day shown as a day, and each link says what it opens.
        browser.clickLinkTo("officer/chronology.xhtml?id=");
        String chronology = browser.url();
        String day = LocalDate.now(UK).minusDays(2).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));
        assertThat(cellsOf("LOW_LEVEL_CONCERN", 0)).as("when each low-level concern happened").contains(day)
                .allMatch(when -> !when.contains(":"));
        assertThat(linksOfTheRecordColumn()).as("the links of the Record column").isNotEmpty()
                .noneMatch(text -> text.equals("Record")).anyMatch(text -> text.contains(day));
        everywhere("chronology", chronology);
        browser.open(relative(chronology).replaceFirst("\\?", "?lang=cy&"));
        assertThat(linksOfTheRecordColumn()).noneMatch(text -> text.equals("Cofnod"));
        browser.open("officer/low-level.xhtml?lang=cy");
        browser.type("record:memberSearch", "cwmtaf.m");
        browser.click("record:find");
        assertThat(buttonsFound("record")).allMatch("Dewis"::equals);
        browser.click("record:save");
        assertThat(browser.text("error-summary")).contains("Dewis");
        summaryLinksTakeTheFocus("low-level concern recorded without choosing, Welsh");
        everywhere("low-level concern recorded without choosing, Welsh", null);
        assertThat(problems).as("accessibility and width problems").isEmpty();
    }

    /** Item 6: the tokens on a phone, in English and Welsh: nothing cut off, nothing to scroll sideways. */
    @Test
    void onAPhoneTheAccountPagesTokensFitAndRevokeCanBePressed() {
        browser.signIn("cwmtaf.senior", PASSWORD);
        browser.open("account.xhtml?lang=en");
        browser.type("tokens:tokenName", "Ffôn Siân – “adroddiadau” £5 🙂");
        browser.click("tokens:issueToken");
        assertThat(browser.text("tokenList")).contains("Ffôn Siân – “adroddiadau” £5 🙂");
        everywhere("account, the token just made", null);
        for (String language : List.of("en", "cy")) {
            browser.open("account.xhtml?lang=" + language);
            browser.resize(PHONE, 812);
            assertThat(pageWidth()).as("the account page on a phone, " + language).isLessThanOrEqualTo(PHONE);
            String revoke = (String) browser.script("return document.querySelector(\"input[id$=':revoke']\").id;");
            assertThat(rightEdgeOf(revoke)).as("Revoke within the phone's width").isLessThanOrEqualTo(PHONE);
            browser.resize(1280, 900);
            everywhere("account, " + language, browser.url());
        }
        browser.open("account.xhtml?lang=en");
        String revoke = (String) browser.script("return document.querySelector(\"input[id$=':revoke']\").id;");
        browser.resize(PHONE, 812);
        browser.click(revoke);
        browser.resize(1280, 900);
        assertThat(browser.text("tokenList")).contains("Revoked");
        assertThat(problems).as("accessibility and width problems").isEmpty();
    }

    /** Item 7: the public page's error summary, in the form's order, each line to a field that takes the focus. */
    @Test
    void thePublicPagesErrorSummaryFollowsTheFormAndEachLineMovesTheFocusToItsField() {
        for (String language : List.of("en", "cy")) {
            browser.open("concern/raise.xhtml?board=cwmtaf&lang=" + language);
            browser.type("report:reporterName", "Siân “Sian” Llŷr – £5 🙂");
            sendTheReport();
            List<String> targets = summaryTargets();
            assertThat(targets).as("the problems, " + language).contains("report:whatHappened", "report:subjectName")
                    .anyMatch(t -> t.startsWith("report:relation"));
            assertThat(targets).as("in the order of the form, " + language).isEqualTo(inPageOrder(targets));
            summaryLinksTakeTheFocus("public page, " + language);
            assertThat(browser.script("return document.getElementById('report:reporterName').value;"))
                    .isEqualTo("Siân “Sian” Llŷr – £5 🙂");
            everywhere("public page with problems, " + language, null);
        }
        assertThat(problems).as("accessibility and width problems").isEmpty();
    }

    /** Item 8: "Received" said once, "1 file" on the timeline, and an annual report that says why a year is empty. */
    @Test
    void theFollowUpPageTheTimelineAndTheAnnualReportSayThingsOnce() throws IOException {
        String subject = "Gwenllïan Ŵ " + Long.toString(System.nanoTime(), 36);
        browser.open("concern/raise.xhtml?board=cwmtaf&lang=en");
        browser.type("report:whatHappened", "She posted “our trip” with the pupils’ faces – £5 a ticket 🙂");
        browser.type("report:subjectName", subject);
        browser.chooseFirst("report:organisation");
        browser.check("report:relation:1");
        Path words = Files.createTempFile("neges", ".txt");
        Files.writeString(words, "Dyma’r neges – “ein taith” – £5.\n", StandardCharsets.UTF_8);
        browser.attach("report:files", words);
        sendTheReport();
        String code = browser.text("receipt-code");

        for (String language : List.of("en", "cy")) {
            browser.open("concern/follow-up.xhtml?board=cwmtaf&lang=" + language);
            browser.type("code:receipt", code);
            browser.click("code:open");
            String received = browser.text("received");
            assertThat(received).as("the day it came, " + language).matches("\\d{1,2} \\S+ \\d{4}, \\d{2}:\\d{2}");
            String facts = (String) browser.script("return document.querySelector('dl.case-header').textContent;");
            String said = language.equals("en") ? "Received" : "Wedi dod i law";
            assertThat(facts.split(said, -1)).as("\"" + said + "\" at most once").hasSizeLessThanOrEqualTo(2);
            everywhere("follow-up, " + language, browser.url());
        }

        browser.signIn("cwmtaf.officer", PASSWORD);
        browser.open("officer/cases.xhtml?lang=en&member=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        browser.clickLinkTo("officer/case.xhtml?ref=");
        String timeline = (String) browser.script("return document.getElementById('timeline').textContent;");
        assertThat(timeline).contains("1 file").doesNotContain("(s)");
        browser.signOut();

        browser.signIn("cwmtaf.senior", PASSWORD);
        browser.open("annual/report.xhtml?lang=en&from=2020-04-01");
        assertThat(browser.text("nothing-recorded")).contains("2020–21").contains("0");
        everywhere("annual report, an empty year", browser.url());
        browser.open("annual/report.xhtml?lang=en");
        String current = LocalDate.now(UK).getMonthValue() >= 4 ? LocalDate.now(UK).getYear() + "-04-01"
                : (LocalDate.now(UK).getYear() - 1) + "-04-01";
        browser.open("annual/report.xhtml?lang=cy&from=" + current);
        assertThat(browser.has("nothing-recorded")).as("the year with the concern just raised").isFalse();
        browser.resize(PHONE, 812);
        assertThat(chartLabelsCut()).as("chart labels cut or outside their chart on a phone").isEmpty();
        browser.resize(1280, 900);
        everywhere("annual report, Welsh", browser.url());
        assertThat(problems).as("accessibility and width problems").isEmpty();
    }

    /**
     * Each demo person's pages: every link the processes register in the menus the person sees (the workspaces' for
     * their role, the administration pages' for the administrator, the portal's for the member), and the pages
     * reached from the header or another page (their own account, the record of processing).
     */
    private static Map<String, List<String>> pagesOfTheDemoPeople() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        for (Role role : List.of(Role.OFFICER, Role.SENIOR, Role.HR, Role.MEMBER, Role.ADMIN)) {
            Set<String> own = new LinkedHashSet<>();
            for (ProcessPages.Link link : Registrations.links()) {
                boolean sees = switch (link.menu()) {
                    case WORKSPACES -> link.roles().contains(role);
                    case ADMIN -> role == Role.ADMIN;
                    case PORTAL -> role == Role.MEMBER;
                };
                if (sees) {
                    own.add(link.path().substring(1));
                }
            }
            if (role == Role.OFFICER || role == Role.SENIOR || role == Role.HR) {
                own.add("account.xhtml");
            }
            if (role == Role.ADMIN) {
                own.add("admin/processing-record.xhtml");
            }
            pages.put("cwmtaf." + role.roleName(), List.copyOf(own));
        }
        return pages;
    }

    /**
     * The pattern of item 6 looked for everywhere: each demo person's pages, in English and Welsh, on a 375 px phone.
     * A table may scroll inside its own box; the page itself never scrolls sideways.
     */
    @Test
    void noPageOfTheDemoPeopleIsWiderThanAPhone() {
        Map<String, List<String>> pages = pagesOfTheDemoPeople();
        List<String> opened = new ArrayList<>();
        List<String> wide = new ArrayList<>();
        List<String> noSignOut = new ArrayList<>();
        browser.resize(PHONE, 812);
        for (String language : List.of("en", "cy")) {
            for (String page : List.of("concern/raise.xhtml?board=cwmtaf", "concern/follow-up.xhtml?board=cwmtaf")) {
                browser.open(page + "&lang=" + language);
                if (pageWidth() > PHONE) {
                    wide.add(page + " (" + language + "): " + pageWidth() + " px, " + widest());
                }
            }
        }
        for (Map.Entry<String, List<String>> person : pages.entrySet()) {
            browser.resize(1280, 900);
            browser.signIn(person.getKey(), PASSWORD);
            browser.resize(PHONE, 812);
            for (String language : List.of("en", "cy")) {
                for (String page : person.getValue()) {
                    browser.open(page + "?lang=" + language);
                    opened.add(page);
                    if (!Boolean.TRUE.equals(browser.script("return document.querySelector('form.signout button')"
                            + " !== null;"))) {
                        noSignOut.add(person.getKey() + " " + page + " (" + language + ")");
                    }
                    if (pageWidth() > PHONE) {
                        wide.add(person.getKey() + " " + page + " (" + language + "): " + pageWidth() + " px, "
                                + widest());
                    }
                }
            }
            browser.resize(1280, 900);
            browser.signOut();
        }
        assertThat(opened).as("every page of every registered menu opened")
                .containsAll(Registrations.links().stream().map(link -> link.path().substring(1)).toList());
        assertThat(wide).as("pages wider than a 375 px phone").isEmpty();
        assertThat(noSignOut).as("signed-in pages without the sign-out button").isEmpty();
    }

    /**
     * The same for the pages a person reaches only through an address that names a record (a case with its member's
     * chronology, and the case's referral as the HR partner sees it), a case at the referral made for the test, and the
     * hosting operator's pages; axe-core on each as well.
     */
    @Test
    void noRecordPageIsWiderThanAPhone() throws IOException {
        browser.open("test-fixtures/case?board=cwmtaf&step=AWAITING_HR_OUTCOME&subject="
                + URLEncoder.encode("Siân “Phone” Ŵyn", StandardCharsets.UTF_8));
        String ref = browser.text().strip();
        List<String> wide = new ArrayList<>();
        browser.signIn("cwmtaf.officer", PASSWORD);
        browser.open("officer/case.xhtml?ref=" + ref + "&lang=en");
        String chronology = (String) browser.script("var a = document.getElementById('member-chronology');"
                + " return a ? a.getAttribute('href') : null;");
        assertThat(chronology).as("the link to the member's chronology on the case page").isNotNull();
        wide.addAll(wideInBothLanguages("cwmtaf.officer", "officer/case.xhtml?ref=" + ref));
        wide.addAll(wideInBothLanguages("cwmtaf.officer",
                relative(URI.create(baseUrl.toString()).resolve(chronology).toString())));
        browser.signOut();
        browser.signIn("cwmtaf.hr", PASSWORD);
        wide.addAll(wideInBothLanguages("cwmtaf.hr", "hr/referral.xhtml?ref=" + ref));
        assertThat(browser.text()).as("the referral as the HR partner sees it").contains(ref);
        browser.signOut();
        browser.open("test-fixtures/account/operator");
        String[] operator = browser.text().strip().split(" ");
        browser.open("operator/sign-in.xhtml");
        browser.type("operatorSignIn:username", operator[0]);
        browser.type("operatorSignIn:password", PASSWORD);
        browser.type("operatorSignIn:code", uk.safeguardcases.domain.people.Totp.codeAt(operator[1],
                java.time.Instant.now().plusSeconds(30)));
        browser.click("operatorSignIn:signIn");
        assertThat(browser.url()).contains("operator/boards.xhtml");
        browser.resize(PHONE, 812);
        for (String page : List.of("operator/boards.xhtml", "operator/new-board.xhtml",
                "operator/invite.xhtml?board=cwmtaf", "operator/leaving.xhtml?board=cwmtaf")) {
            for (String language : List.of("en", "cy")) {
                browser.open(page + (page.contains("?") ? "&" : "?") + "lang=" + language);
                assertThat(browser.url()).as("the operator's page, not the sign-in").contains(page.replaceAll("\\?.*", ""));
                if (pageWidth() > PHONE) {
                    wide.add("operator " + page + " (" + language + "): " + pageWidth() + " px, " + widest());
                }
                check("operator " + page + " (" + language + "), phone");
                browser.resize(1280, 900);
                check("operator " + page + " (" + language + "), desktop");
                browser.resize(PHONE, 812);
            }
        }
        assertThat(wide).as("record and operator pages wider than a 375 px phone").isEmpty();
        assertThat(problems).as("serious or critical accessibility problems").isEmpty();
    }

    /** The page on a phone in Welsh, then in English (as the signed-in person): each way it is wider, said. */
    private List<String> wideInBothLanguages(String who, String page) {
        List<String> wide = new ArrayList<>();
        browser.resize(PHONE, 812);
        for (String language : List.of("cy", "en")) {
            browser.open(page.replaceAll("[?&]lang=[a-z]+", "") + (page.contains("?") ? "&" : "?") + "lang="
                    + language);
            assertThat(browser.url()).as(who + " on " + page).doesNotContain("login.xhtml");
            if (pageWidth() > PHONE) {
                wide.add(who + " " + page + " (" + language + "): " + pageWidth() + " px, " + widest());
            }
            check(who + " " + page + " (" + language + "), phone");
        }
        browser.resize(1280, 900);
        return wide;
    }

    /** What sticks out furthest to the right on the page, for the message. */
    private String widest() {
        return (String) browser.script("var w = null, r = 0; document.querySelectorAll('body *').forEach(function (e) {"
                + " var b = e.getBoundingClientRect(); if (b.right > r && b.width > 0) { r = b.right; w = e; } });"
                + " return w ? w.tagName.toLowerCase() + (w.id ? '#' + w.id : '') + (w.className && w.className.baseVal"
                + " === undefined ? '.' + w.className : '') + ' to ' + Math.round(r) : '';");
    }

    /** The page as it is, then on a phone, then (for an address) in the other language: axe-core and the width. */
    private void everywhere(String page, String address) {
        check(page + ", desktop");
        browser.resize(PHONE, 812);
        if (pageWidth() > PHONE) {
            problems.add(page + ": " + pageWidth() + " px wide on a 375 px phone");
        }
        check(page + ", phone");
        browser.resize(1280, 900);
        if (address != null) {
            String other = address.contains("lang=cy") ? address.replace("lang=cy", "lang=en")
                    : address.contains("lang=en") ? address.replace("lang=en", "lang=cy")
                    : address + (address.contains("?") ? "&" : "?") + "lang=cy";
            browser.open(relative(other));
            check(page + ", other language, desktop");
            browser.resize(PHONE, 812);
            if (pageWidth() > PHONE) {
                problems.add(page + ", other language: " + pageWidth() + " px wide on a 375 px phone");
            }
            check(page + ", other language, phone");
            browser.resize(1280, 900);
            browser.open(relative(address.contains("lang=") ? address
                    : address + (address.contains("?") ? "&" : "?") + "lang=en"));
        }
    }

    /** An address within the product as a path from its base ("officer/chronology.xhtml?id=7"). */
    private String relative(String address) {
        String base = baseUrl.toString();
        return address.startsWith(base) ? address.substring(base.length()) : address;
    }

    private void check(String page) {
        browser.accessibilityProblems().forEach(p -> problems.add(page + ": " + p));
    }

    private long pageWidth() {
        return (Long) browser.script("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);");
    }

    private double rightEdgeOf(String id) {
        return ((Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().right;",
                id)).doubleValue();
    }

    private void sendTheReport() {
        browser.waitFor(() -> !"".equals(browser.script("return document.getElementById('report:nonce').value;")),
                "the page's proof of work");
        browser.click("report:send");
    }

    @SuppressWarnings("unchecked")
    private List<String> buttonsFound(String form) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll(\"input[id^='\" + arguments[0]"
                + " + \":found:'][id$=':choose']\")).map(function (b) { return b.value; });", form);
    }

    @SuppressWarnings("unchecked")
    private List<String> accessibleNames(String form) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll(\"input[id^='\" + arguments[0]"
                + " + \":found:'][id$=':choose']\")).map(function (b) { return b.getAttribute('aria-label') || b.value; });",
                form);
    }

    private String chooseButtonOf(String form, String name) {
        return (String) browser.script("var name = arguments[1];"
                + " var li = Array.from(document.querySelectorAll(\"input[id^='\" + arguments[0]"
                + " + \":found:'][id$=':choose']\")).filter(function (b) { return b.closest('li').textContent"
                + ".indexOf(name) >= 0; }); return li.length ? li[0].id : null;", form, name);
    }

    /** The fields the error summary's lines link to, in its order. */
    @SuppressWarnings("unchecked")
    private List<String> summaryTargets() {
        browser.waitFor(() -> browser.has("error-summary"), "the error summary");
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#error-summary a'))"
                + ".map(function (a) { return decodeURIComponent(a.getAttribute('href').slice(1)); });");
    }

    @SuppressWarnings("unchecked")
    private List<String> inPageOrder(List<String> ids) {
        return (List<String>) browser.script("return arguments[0].slice().sort(function (a, b) {"
                + " var x = document.getElementById(a), y = document.getElementById(b);"
                + " return x === y ? 0 : (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1; });",
                ids);
    }

    /** Each line of the error summary, followed, puts the focus on the element it names. */
    @SuppressWarnings("unchecked")
    private void summaryLinksTakeTheFocus(String page) {
        List<Map<String, Object>> links = (List<Map<String, Object>>) browser.script(
                "return Array.from(document.querySelectorAll('#error-summary a')).map(function (a, i) {"
                        + " var id = decodeURIComponent(a.getAttribute('href').slice(1)), e = document.getElementById(id);"
                        + " a.click(); return {target: id, exists: !!e, focused: !!e && document.activeElement === e}; });");
        assertThat(links).as("the error summary's lines, " + page).isNotEmpty();
        for (Map<String, Object> link : links) {
            assertThat(link.get("exists")).as(page + ": " + link.get("target") + " is on the page").isEqualTo(true);
            assertThat(link.get("focused")).as(page + ": " + link.get("target") + " takes the focus").isEqualTo(true);
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> cellsOf(String kind, int column) {
        return (List<String>) browser.script("var column = arguments[1];"
                + " return Array.from(document.querySelectorAll('#chronology tr[data-kind=' + arguments[0] + ']'))"
                + ".map(function (r) { return r.cells[column].textContent.trim(); });",
                kind, column);
    }

    @SuppressWarnings("unchecked")
    private List<String> linksOfTheRecordColumn() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('#chronology tbody tr'))"
                + ".map(function (r) { return r.cells[2].querySelector('a'); }).filter(function (a) { return a; })"
                + ".map(function (a) { return a.textContent.trim(); });");
    }

    /** Each chart's row labels that end cut ("…") or reach beyond their chart's drawing, with where. */
    @SuppressWarnings("unchecked")
    private List<String> chartLabelsCut() {
        return (List<String>) browser.script("var bad = [];"
                + " document.querySelectorAll('svg.bar-chart').forEach(function (svg) {"
                + "  var box = svg.getBoundingClientRect();"
                + "  svg.querySelectorAll('text.bar-label').forEach(function (t) {"
                + "   var r = t.getBoundingClientRect();"
                + "   if (/…$/.test(t.textContent.trim()) || r.left < box.left - 1 || r.right > box.right + 1)"
                + "    bad.push(t.textContent); }); });"
                + " return bad;");
    }
}
