package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every page of a role's walk must be (StaffWalkBrowserIT, PortalWalkBrowserIT): no error, no missing
 * resource, in the walk's language, naming people and not logins, citing no other board's policy; and accessible at
 * desktop width and on a 375 × 812 phone. Problems axe-core finds are added to {@code accessibility}, so a walk
 * reports them all at its end.
 */
final class WalkPages {

    private static final Pattern LOGIN = Pattern.compile("\\b(chscb|cwmtaf)\\.(officer2?|senior2?|hr|member|manager|admin)\\b(?!@)");
    private static final Pattern CITATION = Pattern.compile("\\b(CHSCB|NSCB|LSCB|CTSB) ?§? ?\\d");

    /** The innermost elements whose right edge is past the window's, to say which one makes a page too wide. */
    private static final String STICKING_OUT = "var w = document.documentElement.clientWidth, out = [];"
            + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
            + " if (r.right > w + 0.5 && !Array.prototype.some.call(e.children, function (c) {"
            + " return c.getBoundingClientRect().right > w + 0.5; })) { out.push(e.tagName.toLowerCase()"
            + " + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.'"
            + " + String(e.className).split(' ').join('.') : '') + ' ' + Math.round(r.right)); } });"
            + " return out.slice(0, 8).join(', ');";

    private WalkPages() {
    }

    /**
     * @param prefix the walk's board's reference prefix, the only one its pages may cite
     * @param fitsPhone whether the page must also be no wider than the phone
     */
    static void check(Chromium browser, String name, boolean welsh, String prefix, boolean fitsPhone,
            List<String> accessibility) {
        String html = browser.html();
        assertThat(html).as(name).doesNotContain("RES_NOT_FOUND").doesNotContain("Exception:");
        String text = browser.text();
        assertThat(text).as(name).doesNotContain("Something went wrong").doesNotContain("Aeth rhywbeth o'i le");
        assertThat(browser.script("return document.documentElement.lang;")).as(name).isEqualTo(welsh ? "cy" : "en");
        Matcher login = LOGIN.matcher(text);
        assertThat(login.find()).as(name + ": a login on the page: " + (login.hitEnd() ? "" : login.group()))
                .isFalse();
        Matcher citation = CITATION.matcher(text);
        while (citation.find()) {
            assertThat(citation.group(1)).as(name + " cites " + citation.group()).isEqualTo(prefix);
        }
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ", desktop: " + p));
        browser.resize(375, 812);
        if (fitsPhone) {
            assertThat((Long) browser.script("return document.documentElement.scrollWidth;"))
                    // What sticks out is looked for only when the page is too wide (it measures every element).
                    .as(() -> name + " on a phone; sticking out: " + browser.script(STICKING_OUT))
                    .isLessThanOrEqualTo((Long) browser.script("return document.documentElement.clientWidth;"));
        }
        browser.accessibilityProblems().forEach(p -> accessibility.add(name + ", phone: " + p));
        browser.resize(1280, 900);
    }
}
