package uk.safeguardcases.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * A real browser for page tests: Debian's chromium, headless, driven through Debian's chromedriver (nothing
 * is downloaded at test time). Each page can be checked with axe-core for WCAG 2.2 A/AA problems, and
 * photographed for the README.
 */
final class Chromium implements AutoCloseable {

    private static final Path AXE = Path.of(System.getProperty("axe.file", "target/npm/axe-core/package/axe.min.js"));
    /**
     * The headless shell's program itself: Debian's {@code /usr/bin/chromium-headless-shell} is a script that starts it
     * as its child without {@code exec}, so chromedriver stopping the script left the browser running.
     */
    private static final String HEADLESS_SHELL = "/usr/lib/chromium/chromium-headless-shell";
    /**
     * The browser: Debian's {@code chromium-headless-shell} where it is installed (CI installs it), else its
     * {@code chromium} in its new headless mode; {@code -Dchromium=…} names another. The shell is the same Blink and V8
     * without the full browser's windows, and walking the same pages it took a tenth less CPU
     * (benchmarks/rounds/ci-time.md, 2026-12-03).
     */
    private static final String BINARY = System.getProperty("chromium",
            new File(HEADLESS_SHELL).canExecute() ? HEADLESS_SHELL : "/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "../docs/screenshots"));
    /**
     * Whether the pages are photographed: yes, unless {@code -Dsafeguard.screenshots=false} (CI, whose copy of the
     * tree is thrown away with its pictures; they are no check, and take a few seconds a class). Without them, the
     * window is still put back to 1280 × 900 where a screenshot would put it.
     */
    private static final boolean SHOOTING = !"false".equals(System.getProperty("safeguard.screenshots"));

    private final URI base;
    private final ChromeDriver driver;

    /**
     * Skips the browser tests on a machine without Debian's chromium and chromedriver, unless
     * {@code safeguard.browser.required} is true (as in CI, which installs them), where they fail instead.
     */
    static void assumeInstalled() {
        boolean installed = new File(BINARY).canExecute()
                && new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")).canExecute();
        if (Boolean.getBoolean("safeguard.browser.required")) {
            org.junit.jupiter.api.Assertions.assertTrue(installed,
                    "Chromium and chromedriver are required: apt-get install chromium chromium-driver");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(installed,
                "Browser tests skipped: apt-get install chromium chromium-driver to run them");
    }

    /**
     * Browsers a closed {@code Chromium} left, each emptied (below), by the address they were started for: the next
     * test for that address takes one rather than start its own (the browser tests start about seventy, one a test;
     * benchmarks/rounds/ci-time.md, 2026-12-02). Each JVM keeps at most one per address and quits it at its end. Only
     * for plain HTTP: a browser that has met HTTPS may remember a site's HSTS, which no command clears.
     * {@code -Dsafeguard.chromium.fresh=true} starts every one anew.
     */
    private static final Map<String, ChromeDriver> IDLE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final boolean FRESH = Boolean.getBoolean("safeguard.chromium.fresh");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(Chromium::quietly)));
    }

    private boolean closed;

    Chromium(URI base) {
        this.base = base;
        ChromeDriver kept = reusable() ? IDLE.remove(keyOf(base)) : null;
        this.driver = kept != null && alive(kept) ? kept : started(base);
    }

    /** Whether a kept browser still answers (one that died while kept is quit and replaced). */
    private static boolean alive(ChromeDriver kept) {
        try {
            kept.getWindowHandle();
            return true;
        } catch (RuntimeException e) {
            quietly(kept);
            return false;
        }
    }

    private boolean reusable() {
        return !FRESH && "http".equals(base.getScheme());
    }

    private static String keyOf(URI base) {
        return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static ChromeDriver started(URI base) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        if (!BINARY.endsWith("headless-shell")) {
            options.addArguments("--headless=new");
        }
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=en-GB");
        // More of Chromium's own switches, space-separated, for a run that measures them (-Dsafeguard.chromium.flags).
        for (String flag : System.getProperty("safeguard.chromium.flags", "").trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                options.addArguments(flag);
            }
        }
        if (base.getPort() > 0) {
            // Chromium refuses some ports outright (10080, where a port offset of 2000 puts the server, is one).
            options.addArguments("--explicitly-allowed-ports=" + base.getPort());
        }
        if ("https".equals(base.getScheme())) {
            // The product over HTTPS in a test (a cluster's balancer) has a self-signed certificate for localhost.
            options.setAcceptInsecureCerts(true);
        }
        ChromeDriver driver = new ChromeDriver(service, options);
        // The profile folder chromedriver made for it, by which what is left of it after quitting is found (below).
        // (A folder of one's own, --user-data-dir, makes the headless shell open no page: no session starts.)
        if (driver.getCapabilities().getCapability("chrome") instanceof Map<?, ?> chrome
                && chrome.get("userDataDir") instanceof String folder && !folder.isBlank()) {
            PROFILES.put(driver, Path.of(folder));
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Empties the browser as a new one would be: one new tab (a tab's session storage goes with it), blank, at the
     * starting size, with no cookie of any site, nothing stored for the product's origin and nothing cached. False
     * if any of it failed or a cookie is left.
     */
    @SuppressWarnings("unchecked")
    private boolean emptied() {
        try {
            java.util.Set<String> old = driver.getWindowHandles();
            driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            String fresh = driver.getWindowHandle();
            for (String window : old) {
                driver.switchTo().window(window).close();
            }
            driver.switchTo().window(fresh);
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", keyOf(base).replaceFirst(":-1$", ""),
                    "storageTypes", "all"));
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            Object cookies = driver.executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
            return cookies instanceof List && ((List<Object>) cookies).isEmpty()
                    && driver.getWindowHandles().size() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Each started browser's profile folder (its command line names it). */
    private static final Map<ChromeDriver, Path> PROFILES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Quits the browser, then stops whatever of it is still running and removes its profile: the headless shell
     * outlived its quit (four browsers were left running after a CI rehearsal, 2026-12-03).
     */
    private static void quietly(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException e) {
            // Gone already: nothing to stop.
        }
        Path profile = PROFILES.remove(driver);
        if (profile != null) {
            stopLeftovers(profile);
        }
    }

    /**
     * Stops every process still naming the profile folder, with its children, and removes the folder: Debian's
     * {@code /usr/bin/chromium-headless-shell} is a script that starts the browser as its child, and stopping the
     * script (as chromedriver does) leaves the browser running.
     */
    private static void stopLeftovers(Path profile) {
        String named = "--user-data-dir=" + profile;
        List<ProcessHandle> left = ProcessHandle.allProcesses().filter(process -> process.info().arguments()
                .map(arguments -> java.util.Arrays.asList(arguments).contains(named)).orElse(false))
                .flatMap(process -> java.util.stream.Stream.concat(java.util.stream.Stream.of(process),
                        process.descendants()))
                .distinct().toList();
        left.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : left) {
            process.onExit().orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A file the browser still writes: the folder is left in the temporary directory.
        }
    }

    void open(String path) {
        driver.get(base.resolve(path).toString());
        assertNoMissingResources();
    }

    /**
     * Fails when the page asks for something that is not there: a resource Faces could not find (its address
     * reads {@code RES_NOT_FOUND}) or any script, style sheet, image or font the server answered with an error.
     */
    private void assertNoMissingResources() {
        @SuppressWarnings("unchecked")
        List<String> missing = (List<String>) script("var bad = Array.from(document.querySelectorAll("
                + "'script[src], link[href], img[src]')).map(function (e) { return e.getAttribute('src')"
                + " || e.getAttribute('href'); }).filter(function (u) { return u.indexOf('RES_NOT_FOUND') >= 0; });"
                + " performance.getEntriesByType('resource').forEach(function (r) {"
                + " if (r.responseStatus >= 400) { bad.push(r.name + ' (' + r.responseStatus + ')'); } });"
                + " return bad;");
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), missing, "missing resources on " + url());
    }

    /** The value of the browser's cookie {@code name} for the product, or null. */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    void signIn(String username, String password) {
        open("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:signIn");
        waitFor(() -> !url().contains("/login.xhtml"), "sign-in of " + username);
    }

    void signOut() {
        driver.findElement(By.cssSelector("form.signout button")).click();
        waitFor(() -> url().contains("/login.xhtml"), "sign-out");
    }

    /**
     * Types into a field as a person does. ChromeDriver types only characters of the Basic Multilingual Plane, so
     * text with an emoji is typed up to it and the rest is put in as a paste would, with the same input events.
     */
    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        int outside = firstOutsideTheBasicPlane(text);
        field.sendKeys(text.substring(0, outside));
        if (outside < text.length()) {
            script("var f = arguments[0]; f.value = f.value + arguments[1];"
                    + " f.dispatchEvent(new Event('input', {bubbles: true}));"
                    + " f.dispatchEvent(new Event('change', {bubbles: true}));", field, text.substring(outside));
        }
    }

    private static int firstOutsideTheBasicPlane(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return i;
            }
        }
        return text.length();
    }

    /**
     * Checks a checkbox with the mouse, or, when headless Chromium drops the click (Chromium 150 does for a checkbox
     * just below one checked a moment before), with the space bar, as a keyboard user would; it must end checked.
     */
    void check(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            inView(box).click();
        }
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        if (!box.isSelected()) {
            throw new AssertionError(id + " could not be checked");
        }
    }

    /**
     * The element scrolled to the middle of the window first, as a person would have it before clicking: ChromeDriver
     * scrolls an element only until its bottom edge is in the window, and headless Chromium 150 then takes a click on
     * the window's last pixels as a click on its scroll bar, so a checkbox at that edge was silently not checked.
     */
    private WebElement inView(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
        return element;
    }

    void choose(String id, String visibleText) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    void chooseByValue(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    void chooseFirst(String id) {
        new Select(driver.findElement(By.id(id))).selectByIndex(1);
    }

    /** Clicks and, for a button that submits its form, waits until the next page has loaded. */
    void click(String id) {
        WebElement element = driver.findElement(By.id(id));
        boolean submits = "submit".equals(element.getDomAttribute("type"));
        inView(element).click();
        if (submits) {
            waitFor(() -> {
                try {
                    element.isEnabled();
                    return false;
                } catch (org.openqa.selenium.WebDriverException gone) {
                    return true;
                }
            }, "the page after " + id);
            waitFor(() -> "complete".equals(script("return document.readyState;")), "the page to load");
            assertNoMissingResources();
        }
    }

    /** Clicks a button whose page is expected to stay (its own script stops the send): no next page is waited for. */
    void clickStaying(String id) {
        inView(driver.findElement(By.id(id))).click();
    }

    /** Follows the first link on the page whose address contains {@code hrefPart}. */
    void clickLinkTo(String hrefPart) {
        WebElement link = driver.findElement(By.cssSelector("a[href*='" + hrefPart + "']"));
        String target = link.getDomProperty("href");
        driver.get(target);
    }

    void attach(String id, Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
    }

    /** Forgets a cookie of the product, as a session that timed out on the server leaves the browser. */
    void deleteCookie(String name) {
        driver.manage().deleteCookieNamed(name);
    }

    boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The browser window's size, e.g. a phone's 375 × 812. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Presses a key where the focus is, as a keyboard user does (Tab, Enter…). */
    void press(CharSequence key) {
        driver.switchTo().activeElement().sendKeys(key);
    }

    /** Types into whatever has the focus. */
    void typeHere(String text) {
        driver.switchTo().activeElement().sendKeys(text);
    }

    /** The id of the focused element, else its tag and text (for messages). */
    String focused() {
        return (String) script("var e = document.activeElement; return e.id ? e.id"
                + " : e.tagName.toLowerCase() + ' ' + (e.textContent || '').trim().substring(0, 40);");
    }

    /** Whether the focused element shows that it has the focus: an outline or a box shadow. */
    boolean focusIsVisible() {
        return Boolean.TRUE.equals(script("var e = document.activeElement; if (!e || e === document.body) return false;"
                + " var s = getComputedStyle(e);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';"));
    }

    String html() {
        return driver.getPageSource();
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** Reloads the page until {@code condition} holds (for steps the job executor finishes), up to 60 s. */
    /** The browser's own refresh (F5): a page answered to a post would be posted again. */
    void refresh() {
        driver.navigate().refresh();
        waitFor(() -> "complete".equals(script("return document.readyState;")), "the page to load again");
    }

    void reloadUntil(BooleanSupplier condition, String what) {
        try {
            Waiting.waitingFor(what).pollInterval(Duration.ofMillis(500)).atMost(Duration.ofSeconds(60)).until(() -> {
                if (condition.getAsBoolean()) {
                    return true;
                }
                driver.get(driver.getCurrentUrl());
                return false;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what + "; page: " + text(), e);
        }
    }

    void waitFor(BooleanSupplier condition, String what) {
        try {
            Waiting.waitingFor(what).atMost(Duration.ofSeconds(30)).until(() -> holds(condition));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("Timed out waiting for " + what, e);
        }
    }

    /** A condition about a page that may be replaced while it is read (a form just submitted): false until it is not. */
    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return false;
        }
    }

    /** The accessibility checks this test JVM has run, and their time (each browser's end says them). */
    private static final java.util.concurrent.atomic.AtomicInteger RAN = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicLong AXE_NANOS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Runs axe-core on the page as it is now (WCAG 2.0, 2.1 and 2.2, levels A and AA) and returns the serious
     * and critical violations, each as "rule: target …".
     */
    List<String> accessibilityProblems() {
        long started = System.nanoTime();
        List<String> problems = axe();
        AXE_NANOS.addAndGet(System.nanoTime() - started);
        RAN.incrementAndGet();
        return problems;
    }

    @SuppressWarnings("unchecked")
    private List<String> axe() {
        // Once a page: the phone-width check after the desktop's runs the script the page already has (500 KB).
        if (!Boolean.TRUE.equals(script("return typeof axe !== 'undefined';"))) {
            try {
                script(Files.readString(AXE));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']},"
                        // Only the violations are read: the passes and the incomplete results are not gathered.
                        + " resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.filter(function (v) {"
                        + "  return v.impact === 'serious' || v.impact === 'critical'; }).map(function (v) {"
                        + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {"
                        + "    return n.target.join(' '); }).slice(0, 5).join(', '); })); })"
                        + ".catch(function (e) { done(['axe failed: ' + e]); });");
        return new ArrayList<>((List<String>) result);
    }

    /** Saves a screenshot of the whole page as docs/screenshots/{name}.png. */
    void screenshot(String name) {
        if (!SHOOTING) {
            // The window as a screenshot leaves it, so the test goes on at the same size either way.
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            return;
        }
        try {
            Object height = script("return Math.min(document.documentElement.scrollHeight, 4000);");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, ((Number) height).intValue()));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENSHOTS);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a screenshot of the whole page as a 375-pixel-wide phone shows it, as docs/screenshots/{name}.png. */
    void screenshotPhone(String name) {
        if (!SHOOTING) {
            // The window as a screenshot leaves it, so the test goes on at the same size either way.
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            return;
        }
        try {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, 812));
            Object height = script("return Math.min(document.documentElement.scrollHeight, 4000);");
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(375, ((Number) height).intValue()));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENSHOTS);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response headers of a plain GET of {@code path} in this browser's session are not reachable; use fetch. */
    @SuppressWarnings("unchecked")
    Map<String, Object> fetch(String path) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                        + " return r.text().then(function (t) { done({status: r.status, body: t,"
                        + " csp: r.headers.get('Content-Security-Policy')}); }); })"
                        + ".catch(function (e) { done({status: -1, body: '' + e}); });", base.resolve(path).toString());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // What the accessibility checks have cost this test JVM so far (CI's log keeps the last of these lines).
        System.out.printf("axe-core so far: %d pages checked in %.1f s%n", RAN.get(), AXE_NANOS.get() / 1e9);
        if (reusable() && emptied() && IDLE.putIfAbsent(keyOf(base), driver) == null) {
            return;
        }
        quietly(driver);
    }
}
