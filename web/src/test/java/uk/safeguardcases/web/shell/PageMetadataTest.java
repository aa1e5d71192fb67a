package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page's view parameters and view actions ({@code f:metadata}) are a direct child of the view: each page gives them
 * in {@code <ui:define name="metadata">}, which the layout inserts straight under {@code f:view}. Given anywhere else
 * (inside the page's content or head), Faces still finds them but warns (JSF1103) on every request of the page: 2,106
 * lines in six minutes of the national load, one a case page, hiding what the log is for.
 */
class PageMetadataTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    @Test
    void theLayoutInsertsThePagesMetadataStraightUnderTheView() throws IOException {
        String layout = Files.readString(PAGES.resolve("WEB-INF/templates/layout.xhtml"), StandardCharsets.UTF_8);
        int view = layout.indexOf("<f:view");
        int insert = layout.indexOf("<ui:insert name=\"metadata\"/>");
        assertThat(view).isNotNegative();
        assertThat(insert).as("the metadata's place in the layout").isGreaterThan(view)
                .isLessThan(layout.indexOf("<h:head>"));
    }

    @Test
    void everyPagesMetadataIsGivenWhereTheLayoutPutsItUnderTheView() throws IOException {
        List<String> misplaced = new ArrayList<>();
        int pages = 0;
        try (Stream<Path> files = Files.walk(PAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String page = Files.readString(file, StandardCharsets.UTF_8);
                int metadata = page.indexOf("<f:metadata");
                if (metadata < 0) {
                    continue;
                }
                pages++;
                String before = page.substring(0, metadata);
                int define = before.lastIndexOf("<ui:define ");
                boolean inItsDefine = define >= 0 && before.startsWith("<ui:define name=\"metadata\">", define)
                        && !before.substring(define).contains("</ui:define>");
                if (!inItsDefine || page.indexOf("<f:metadata", metadata + 1) >= 0) {
                    misplaced.add(PAGES.relativize(file).toString());
                }
            }
        }
        assertThat(pages).as("pages with view parameters or actions").isGreaterThan(20);
        assertThat(misplaced).as("pages whose f:metadata is not alone in <ui:define name=\"metadata\">").isEmpty();
    }
}
