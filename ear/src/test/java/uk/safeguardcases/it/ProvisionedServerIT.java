package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The server the build provisions, read from its files (no server started; issue 69): its configuration holds no
 * secret (every password-like attribute or element of the configurations the product runs, {@code standalone.xml}, and
 * {@code standalone-ha.xml} for a cluster, is an expression read from the start's system properties or the environment,
 * with no default of its own but WildFly's published one for its self-signed TLS key store), and the build's bills of
 * materials, the EAR's and the server's, name what they carry.
 */
class ProvisionedServerIT {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|clear-text|passphrase|token).*");

    /** Defaults that are published, not secret: WildFly's self-signed key store is made under "password". */
    private static final Set<String> PUBLISHED_DEFAULTS = Set.of("password");

    static Path configuration() {
        return Path.of(System.getProperty("server.home", "target/wildfly-39.0.1.Final"), "standalone", "configuration");
    }

    @Test
    void theConfigurationsTheProductRunsHoldNoSecretOfTheirOwn() throws Exception {
        for (String file : List.of("standalone.xml", "standalone-ha.xml")) {
            byte[] xml = Files.readAllBytes(configuration().resolve(file));
            assertThat(secretsIn(xml)).as(file).isEmpty();
            String text = new String(xml, StandardCharsets.UTF_8);
            assertThat(text).as(file + ": the database password comes from the environment")
                    .contains("${env.SAFEGUARD_DB_PASSWORD:}").doesNotContain("ExampleDS");
        }
    }

    @Test
    void theBillsOfMaterialsNameTheProductsLibrariesAndTheServersModules() throws Exception {
        Path target = Path.of(System.getProperty("ear.file", "target/safeguard-cases.ear")).getParent();
        List<JsonObject> server = components(target.resolve("wildfly-server.cdx.json"));
        assertThat(server).extracting(c -> c.getString("name")).contains("hibernate-core", "undertow-core",
                "wildfly-undertow", "jboss-modules", "h2");
        assertThat(server).as("every jar of the server's modules").hasSizeGreaterThan(500)
                .allSatisfy(c -> assertThat(c.getJsonArray("hashes").getJsonObject(0).getString("content")).hasSize(64));
        assertThat(server.stream().filter(c -> c.containsKey("purl")).count()).as("named by Maven coordinates")
                .isGreaterThan(server.size() * 8L / 10);
        // The CycloneDX plugin resolves each library's licence from the repository, so it runs online only (CI's
        // build); an offline build (mvn -o) makes no EAR bill, and this part has nothing to read.
        Path earBill = target.resolve("safeguard-cases-ear.cdx.json");
        if (!"offline=true".equals(System.getProperty("build.offline")) || Files.exists(earBill)) {
            List<JsonObject> ear = components(earBill);
            assertThat(ear).extracting(c -> c.getString("name")).contains("camunda-engine", "primefaces", "openpdf",
                    "tika-core", "pdfbox", "flyway-core", "nimbus-jose-jwt");
            assertThat(ear).filteredOn(c -> c.getString("name").equals("hibernate-core"))
                    .as("the server's Hibernate is not the EAR's").isEmpty();
        }
    }

    private static List<JsonObject> components(Path bom) throws Exception {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(bom, StandardCharsets.UTF_8))) {
            JsonObject document = reader.readObject();
            assertThat(document.getString("bomFormat")).isEqualTo("CycloneDX");
            return document.getJsonArray("components").getValuesAs(JsonObject.class);
        }
    }

    @Test
    void theCheckFindsAPasswordWrittenInTheFile() throws Exception {
        String leaky = """
                <server><datasource><security user-name="sa" password="sa"/>
                <password>hunter2</password></datasource>
                <key-store name="k"><credential-reference clear-text="${env.KEY:s3cret}"/></key-store>
                <ok password="${safeguard.db.password:${env.SAFEGUARD_DB_PASSWORD:}}"/>
                <ok clear-text="${env.SAFEGUARD_KEYSTORE_PASSWORD:password}"/></server>""";
        assertThat(secretsIn(leaky.getBytes(StandardCharsets.UTF_8))).containsExactly(
                "security/@password = sa", "password = hunter2", "credential-reference/@clear-text = ${env.KEY:s3cret}");
    }

    /** Every password-like value that is written in the file rather than read when the server starts. */
    static List<String> secretsIn(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Element element, List<String> found) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (SECRET_NAME.matcher(attribute.getName()).matches() && writtenIn(attribute.getValue())) {
                found.add(element.getTagName() + "/@" + attribute.getName() + " = " + attribute.getValue());
            }
        }
        NodeList children = element.getChildNodes();
        boolean hasElements = false;
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                hasElements = true;
                walk((Element) children.item(i), found);
            }
        }
        String text = element.getTextContent().strip();
        if (!hasElements && SECRET_NAME.matcher(element.getTagName()).matches() && writtenIn(text)) {
            found.add(element.getTagName() + " = " + text);
        }
    }

    /** Whether a value is a literal, or an expression whose last default is one (other than a published one). */
    static boolean writtenIn(String value) {
        String rest = value.strip();
        if (rest.isEmpty()) {
            return false;
        }
        if (!rest.startsWith("${")) {
            return true;
        }
        while (rest.startsWith("${") && rest.endsWith("}")) {
            rest = rest.substring(2, rest.length() - 1);
            int colon = rest.indexOf(':');
            if (colon < 0) {
                return false;
            }
            rest = rest.substring(colon + 1);
        }
        return !rest.isEmpty() && !PUBLISHED_DEFAULTS.contains(rest);
    }
}
