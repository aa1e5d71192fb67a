package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's real answers against its generated description (issue 68: the description cannot drift from the API):
 * every read the description has is asked of the server, as the first of the board's people whom it answers, and
 * its answer checked against the shape the description gives for it (JSON Schema 2020-12, as OpenAPI 3.1's schemas
 * are); each refusal met on the way is checked against the problem's shape. Reads with a path parameter are asked with
 * a record of the board's: a case, a referral, an official account, as the lists answer them. What the test's board
 * has none of (a published declaration, a subject access request, a search about a child, a report from outside the
 * board, a case another board sent) is listed as not reached, and only those may be.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DescriptionMatchesAnswersIT {

    private static final String PASSWORD = "Safeguard-Demo-2026";
    /** The board's people, in the order they are tried for each read. */
    private static final List<String> PEOPLE = List.of("chscb.officer", "chscb.senior", "chscb.admin", "chscb.hr");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.productWithFixtures(CaseFixtureServlet.class);
    }

    @ArquillianResource
    private URL baseUrl;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyReadAnswersWhatTheDescriptionSaysAndEveryRefusalIsAProblem() throws Exception {
        String subject = "Ŵyn “Shape” O’Brien – £5 🙂";
        String caseRef = CaseFixtureClient.ask(baseUrl, "board=chscb&step=AWAITING_TRIAGE&subject="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8))[0];
        // Referred, its outcome recorded and an appeal lodged: the HR partner's referral has every part.
        String referralRef = CaseFixtureClient.ask(baseUrl, "board=chscb&step=appeal&subject="
                + URLEncoder.encode("Gwenllïan “Referred” Jones", StandardCharsets.UTF_8))[0];

        JsonNode description = JSON.readTree(get("openapi.json", "chscb.officer").body());
        JsonNode schemas = JSON.readTree(description.get("components").get("schemas").toString()
                .replace("#/components/schemas/", "#/$defs/"));
        JsonNode problem = description.at("/components/responses/Problem403/content/application~1problem+json/schema");

        Map<String, String> parameters = new HashMap<>();
        parameters.put("reference", caseRef);
        Map<String, String> checked = new TreeMap<>();
        List<String> notReached = new ArrayList<>();
        int refusals = 0;
        // Reads without a parameter first: their answers give the records the others are asked with.
        List<Map.Entry<String, JsonNode>> reads = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = description.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getValue().has("get") && path.getValue().get("get").at("/responses/200/content/application~1json")
                    .has("schema")) {
                reads.add(path);
            }
        }
        reads.sort((a, b) -> Boolean.compare(a.getKey().contains("{"), b.getKey().contains("{")));
        for (Map.Entry<String, JsonNode> read : reads) {
            String path = read.getKey();
            String filled = fill(path, path.startsWith("/referrals") ? Map.of("reference", referralRef) : parameters);
            if (filled == null) {
                notReached.add(path);
                continue;
            }
            JsonNode shape = read.getValue().at("/get/responses/200/content/application~1json/schema");
            boolean answered = false;
            boolean notFound = false;
            for (String person : PEOPLE) {
                HttpResponse<String> answer = get(filled.substring(1), person);
                if (answer.statusCode() == 200) {
                    JsonNode body = JSON.readTree(answer.body());
                    assertThat(errors(shape, schemas, body)).as("GET " + filled + " as " + person + ": " + answer.body())
                            .isEmpty();
                    checked.put(path, person);
                    remember(path, body, parameters);
                    answered = true;
                    break;
                }
                assertThat(answer.statusCode()).as("GET " + filled + " as " + person).isIn(403, 404);
                notFound |= answer.statusCode() == 404;
                assertThat(errors(problem, schemas, JSON.readTree(answer.body())))
                        .as("the refusal of GET " + filled + " to " + person + ": " + answer.body()).isEmpty();
                refusals++;
            }
            if (!answered && notFound) {
                // Refused or not found for everyone: the board has no such record (declarations before a version is
                // published); only the reads listed below may be so.
                notReached.add(path);
                continue;
            }
            assertThat(answered).as("GET " + filled + " answered one of " + PEOPLE).isTrue();
        }
        // Every read without a parameter, and the case, the referral and the official account read by theirs.
        assertThat(checked.keySet()).contains("/cases", "/cases/{reference}", "/referrals", "/referrals/{reference}",
                "/official-accounts", "/official-accounts/{accountId}", "/official-accounts/accreditations",
                "/annual-report", "/stuck-work", "/board/audit-chain", "/low-level-concerns", "/child-searches",
                "/subject-access-requests", "/health/ready", "/transfers/received", "/transfers/sent");
        assertThat(checked.size() + notReached.size()).isEqualTo(reads.size());
        assertThat(notReached).as("reads whose record the demo's board has none of")
                .allMatch(p -> p.contains("{requestReference}") || p.contains("{searchReference}")
                        || p.contains("{caseReference}") || p.startsWith("/declarations")
                        || p.contains("{transferId}"));
        assertThat(refusals).as("refusals met and checked").isPositive();
        assertThat(errors(read(description, "/cases/{reference}"), schemas, JSON.readTree("{\"id\": \"three\"}")))
                .as("an answer of the wrong shape is refused by the check itself").isNotEmpty();
    }

    private static JsonNode read(JsonNode description, String path) {
        return description.get("paths").get(path).at("/get/responses/200/content/application~1json/schema");
    }

    /** What is wrong with {@code body} against {@code shape} (with the description's schemas), or nothing. */
    private static Set<ValidationMessage> errors(JsonNode shape, JsonNode schemas, JsonNode body) throws Exception {
        ObjectNode schema = (ObjectNode) JSON.readTree(shape.toString().replace("#/components/schemas/", "#/$defs/"));
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.set("$defs", schemas);
        JsonSchema checker = SCHEMAS.getSchema(schema);
        return checker.validate(body);
    }

    /** The path with its parameters filled in, or null when one is not known. */
    private static String fill(String path, Map<String, String> parameters) {
        String filled = path;
        java.util.regex.Matcher parameter = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
        while (parameter.find()) {
            String value = parameters.get(parameter.group(1));
            if (value == null) {
                return null;
            }
            filled = filled.replace(parameter.group(), URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return filled;
    }

    /** The records a list answers, for the reads of one record. */
    private static void remember(String path, JsonNode body, Map<String, String> parameters) {
        JsonNode first = switch (path) {
            case "/official-accounts" -> body.path("accounts").path(0).path("id");
            case "/subject-access-requests" -> body.path("rows").path(0).path("reference");
            case "/child-searches" -> body.path("searches").path(0).path("reference");
            default -> null;
        };
        if (first != null && !first.isMissingNode()) {
            String name = switch (path) {
                case "/official-accounts" -> "accountId";
                case "/subject-access-requests" -> "requestReference";
                default -> "searchReference";
            };
            parameters.put(name, first.asText());
        }
    }

    private HttpResponse<String> get(String path, String person) throws Exception {
        String basic = Base64.getEncoder().encodeToString((person + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "api/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
