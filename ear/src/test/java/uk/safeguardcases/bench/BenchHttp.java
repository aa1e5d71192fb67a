package uk.safeguardcases.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmarks' signed-in browser session, from inside the server over loopback: the log-in form with its view
 * state and CSP nonce, then plain GETs, and any Faces form posted as a browser posts it. Added to each benchmark's
 * deployment.
 */
final class BenchHttp {

    /** A page as the browser ends on it, after any redirects: where, and its text. */
    record Page(String uri, String body) {
    }

    /** The demo users' password. */
    static final String PASSWORD = "Safeguard-Demo-2026";

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']*)'\\)");

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

    /** Inside the server: its own port. */
    private BenchHttp() {
        this(URI.create("http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/"));
    }

    private BenchHttp(URI base) {
        this.base = base;
    }

    /** A session signed in as nobody yet. */
    static BenchHttp anonymous() {
        return new BenchHttp();
    }

    /** A session signed in as {@code username} with the demo password. */
    static BenchHttp signedIn(String username) throws IOException, InterruptedException {
        return signedIn(new BenchHttp(), username);
    }

    /** The same, from outside the server: {@code base} is its address. */
    static BenchHttp signedIn(URI base, String username) throws IOException, InterruptedException {
        return signedIn(new BenchHttp(base), username);
    }

    private static BenchHttp signedIn(BenchHttp http, String username) throws IOException, InterruptedException {
        http.signIn(username);
        return http;
    }

    private void signIn(String username) throws IOException, InterruptedException {
        signIn(client, base, username);
    }

    /** Signs {@code client} (with a cookie manager) in as {@code username}, through the log-in form. */
    static void signIn(HttpClient client, URI base, String username) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String login = page.body();
        Matcher viewState = VIEW_STATE.matcher(login);
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on the log-in page");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", PASSWORD);
        form.put("login:signIn", "signIn");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(login);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String where = response.headers().firstValue("Location").orElse(response.uri().getPath());
        if (where.contains("login")) {
            throw new IllegalStateException(username + " not signed in: " + response.uri());
        }
    }

    /** The page's text; anything but 200 is an error. */
    String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The size of a download (a PDF, say); anything but 200 with a body is an error. */
    int bytes(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    /** The page at {@code path}, after redirects; anything but 200 is an error. */
    Page open(String path) throws IOException, InterruptedException {
        return page(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120)).GET(), path);
    }

    /**
     * Posts the form {@code formId} of {@code page} with the given fields (named without the form's prefix) and
     * button, its view state and CSP nonce as the page's script sends them; the page the browser ends on.
     */
    Page submit(Page page, String formId, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no view state on " + page.uri());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, button);
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return page(HttpRequest.newBuilder(URI.create(page.uri())).timeout(Duration.ofSeconds(600))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form))), page.uri());
    }

    /** A plain form post (not a Faces form), without following its answer anywhere: its status and text. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(fields))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Page page(HttpRequest.Builder request, String what) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode());
        }
        return new Page(response.uri().toString(), response.body());
    }

    private static String encoded(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
