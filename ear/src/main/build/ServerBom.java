import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The provisioned server's bill of materials (CycloneDX 1.5 JSON): its boot jar and every jar under its
 * {@code modules/}, named by the Maven coordinates its {@code META-INF/maven/.../pom.properties} gives (else by its file
 * name), with its SHA-256 and its path in the server. Run by the ear build after the server is configured
 * ({@code java ServerBom.java SERVER OUT NAME VERSION}); the EAR's own bill comes from the CycloneDX Maven plugin.
 */
public final class ServerBom {

    private static final Pattern VERSIONED = Pattern.compile("(.+?)-(\\d[\\w.\\-]*)\\.jar");

    private record Component(String group, String name, String version, String sha256, String path) {
    }

    public static void main(String[] arguments) throws Exception {
        Path server = Path.of(arguments[0]);
        Path out = Path.of(arguments[1]);
        List<Component> components = new ArrayList<>();
        // The server's boot jar (jboss-modules.jar) at its root, then every module's jars.
        try (Stream<Path> root = Files.list(server)) {
            for (Path jar : root.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                components.add(component(server, jar));
            }
        }
        try (Stream<Path> files = Files.walk(server.resolve("modules"))) {
            for (Path jar : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                components.add(component(server, jar));
            }
        }
        Files.createDirectories(out.getParent());
        Files.writeString(out, json(components, arguments[2], arguments[3]), StandardCharsets.UTF_8);
        System.out.println("Server bill of materials: " + components.size() + " jars in " + out);
    }

    private static Component component(Path server, Path jar) throws IOException, NoSuchAlgorithmException {
        String path = server.relativize(jar).toString().replace('\\', '/');
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        Properties pom = pomProperties(jar, jar.getFileName().toString());
        if (pom != null) {
            return new Component(pom.getProperty("groupId"), pom.getProperty("artifactId"), pom.getProperty("version"),
                    sha256, path);
        }
        Matcher versioned = VERSIONED.matcher(jar.getFileName().toString());
        return versioned.matches() ? new Component(null, versioned.group(1), versioned.group(2), sha256, path)
                : new Component(null, jar.getFileName().toString().replaceAll("\\.jar$", ""), null, sha256, path);
    }

    /** The pom.properties whose artifactId and version name this jar's file (a shaded jar carries several). */
    private static Properties pomProperties(Path jar, String fileName) throws IOException {
        Properties only = null;
        int found = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().startsWith("META-INF/maven/")
                    && e.getName().endsWith("/pom.properties")).toList()) {
                Properties properties = new Properties();
                try (InputStream in = zip.getInputStream(entry)) {
                    properties.load(in);
                }
                found++;
                only = properties;
                String artifact = properties.getProperty("artifactId", "");
                String version = properties.getProperty("version", "");
                if (fileName.startsWith(artifact + "-" + version)) {
                    return properties;
                }
            }
        } catch (java.util.zip.ZipException e) {
            return null;
        }
        return found == 1 ? only : null;
    }

    private static String json(List<Component> components, String name, String version) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.5\",\n");
        json.append("  \"serialNumber\": \"urn:uuid:").append(UUID.randomUUID()).append("\",\n  \"version\": 1,\n");
        json.append("  \"metadata\": {\n    \"timestamp\": \"").append(Instant.now()).append("\",\n");
        json.append("    \"component\": {\"type\": \"application\", \"name\": ").append(quote(name))
                .append(", \"version\": ").append(quote(version)).append("}\n  },\n  \"components\": [");
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"type\": \"library\"");
            if (c.group() != null) {
                json.append(", \"group\": ").append(quote(c.group()));
            }
            json.append(", \"name\": ").append(quote(c.name()));
            if (c.version() != null) {
                json.append(", \"version\": ").append(quote(c.version()));
            }
            if (c.group() != null && c.version() != null) {
                json.append(", \"purl\": ").append(quote("pkg:maven/" + c.group() + "/" + c.name() + "@" + c.version()
                        + "?type=jar"));
            }
            json.append(", \"hashes\": [{\"alg\": \"SHA-256\", \"content\": \"").append(c.sha256()).append("\"}]");
            json.append(", \"properties\": [{\"name\": \"safeguard:server-path\", \"value\": ").append(quote(c.path()))
                    .append("}]}");
        }
        return json.append("\n  ]\n}\n").toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
