package uk.safeguardcases.it;

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
 * A minimal browser for black-box tests: keeps its cookies, follows redirects on request, and submits
 * Faces forms with their view state and PrimeFaces' CSP nonce, as a real browser's script would.
 */
final class Browser {

    /** A response; for a redirect, {@code uri} is where it points. */
    record Page(int status, String uri, String body, String contentType) {
    }

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']*)'\\)");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    Browser(URI base) {
        this(base, null);
    }

    /** A browser that accepts the server's certificate whoever signed it (the run command's self-signed one). */
    static Browser trustingAnyCertificate(URI base) {
        return new Browser(base, Tls.trustingAnyCertificate());
    }

    private Browser(URI base, javax.net.ssl.SSLContext tls) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder();
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.client = builder.cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** GET, following redirects within the product. */
    Page open(String path) {
        return follow(send(HttpRequest.newBuilder(base.resolve(path)).GET()));
    }

    /** GET without following redirects. */
    Page openOnce(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Page api(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    /** POST of a JSON body to the API with this browser's session (no other credentials). */
    Page apiPost(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The value of this browser's cookie {@code name} for the product, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Gives this browser a cookie, as a page of another site or a shared computer could have planted it. */
    void plantCookie(String name, String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** Any request, with the given headers, without following redirects; the full answer. */
    HttpResponse<String> request(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A plain form post (not a Faces form), without following redirects. */
    HttpResponse<String> post(String path, Map<String, String> fields) {
        return request("POST", path, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                        .collect(Collectors.joining("&")));
    }

    /** Submits the form as {@link #submit} does but without PrimeFaces' CSP nonce, as a forged post would. */
    Page submitWithoutNonce(Page page, String formId, Map<String, String> fields, String buttonId) {
        return submit(page, formId, fields, buttonId, false);
    }

    /** Submits the form {@code formId} of {@code page} with the given field values and button. */
    Page submit(Page page, String formId, Map<String, String> fields, String buttonId) {
        return submit(page, formId, fields, buttonId, true);
    }

    private Page submit(Page page, String formId, Map<String, String> fields, String buttonId, boolean withNonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, buttonId);
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body(), "view state"));
        Matcher nonce = NONCE.matcher(page.body());
        if (withNonce && nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = URI.create(page.uri());
        return follow(send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    Page signIn(String username, String password) {
        return submit(open("login.xhtml"), "login", Map.of("username", username, "password", password), "signIn");
    }

    private Page follow(Page page) {
        Page current = page;
        for (int hops = 0; hops < 5 && current.status() >= 300 && current.status() < 400; hops++) {
            current = send(HttpRequest.newBuilder(URI.create(current.uri())).GET());
        }
        return current;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String uri = response.headers().firstValue("Location")
                    .map(l -> response.uri().resolve(l).toString())
                    .orElse(response.uri().toString());
            return new Page(response.statusCode(), uri, response.body(),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String body, String what) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No " + what + " in page: " + body);
        }
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A file to send with {@link #submitMultipart}. */
    record Upload(String fileName, String contentType, byte[] content) {
    }

    /** Submits a {@code multipart/form-data} form (one with a file input) as a browser does. */
    Page submitMultipart(Page page, String formId, Map<String, String> fields, Map<String, Upload> files,
            String buttonId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, buttonId);
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body(), "view state"));
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        String boundary = "----SafeguardBoundary" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        form.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + formId + ":" + name
                    + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return follow(send(HttpRequest.newBuilder(URI.create(page.uri()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
    }

    /** GET of a file, as bytes, without following redirects. */
    HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
