package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The browser tests' side of {@link CaseFixtureServlet}: they run outside the server, so they ask it over HTTP for
 * a case at a step, or for the board's side of a step, and read back its words (a reference, a request's id…).
 */
final class CaseFixtureClient {

    private CaseFixtureClient() {
    }

    /** {@code query} as the servlet takes it ({@code board=chscb&step=removal&subject=…}, URL-encoded). */
    static String[] ask(URL base, String query) {
        try {
            HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                            + "test-fixtures/case?" + query)).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(made.statusCode()).as(query + ": " + made.body()).isEqualTo(200);
            return made.body().split(" ");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
