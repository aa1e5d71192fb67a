package uk.safeguardcases.it;

import static uk.safeguardcases.it.CaseFixtures.as;
import static uk.safeguardcases.it.CaseFixtures.bean;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import uk.safeguardcases.application.api.PersonalAccessTokens;
import uk.safeguardcases.domain.api.PersonalAccessToken.Scope;

/**
 * Calls to the API from inside the server, as another system makes them: a person's personal access token, a GET in
 * the language asked for, a POST with no body; the answer's status and body, read as JSON when asked.
 */
final class ApiCalls {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiCalls() {
    }

    /** An answer: its status and its body. */
    record Answer(int status, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /** A personal access token of {@code username}'s, for a week. */
    static String token(String username, Scope scope) {
        return as(username, () -> bean(PersonalAccessTokens.class).issue("A tool of theirs", scope, 7)).token();
    }

    static Answer get(String token, String path, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(CaseFixtures.base().resolve("api/" + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET();
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(answer.statusCode(), answer.body());
    }

    static Answer post(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(CaseFixtures.base().resolve("api/" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(answer.statusCode(), answer.body());
    }
}
