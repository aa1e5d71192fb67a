package uk.safeguardcases.web.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The annual report's part of the API's description names exactly its resource's path and the schemas it uses. */
class AnnualReportApiDescriptionTest {

    @Test
    void itDescribesTheResourcesOnePathAndEverySchemaItRefersTo() {
        JsonObject fragment = new AnnualReportApiDescription().fragment();

        assertThat(fragment.getJsonObject("paths").keySet())
                .containsExactly(AnnualReportApi.class.getAnnotation(Path.class).value());
        assertThat(fragment.getJsonObject("paths").getJsonObject("/annual-report").keySet()).containsExactly("get");
        assertThat(Arrays.stream(AnnualReportApi.class.getMethods()).filter(m -> m.isAnnotationPresent(GET.class)))
                .hasSize(1);
        String text = fragment.toString();
        java.util.regex.Matcher ref = java.util.regex.Pattern.compile("#/components/schemas/(\\w+)").matcher(text);
        while (ref.find()) {
            assertThat(fragment.getJsonObject("components").getJsonObject("schemas").keySet()).as(ref.group())
                    .contains(ref.group(1));
        }
    }
}
