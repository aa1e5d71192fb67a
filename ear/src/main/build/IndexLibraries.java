import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.JarIndexer;

/**
 * index-libraries.sh's indexing, in one JVM: each jar named that has no META-INF/jandex.idx gets one, made as
 * {@code java org.jboss.jandex.Main -m JAR} makes it (the same call), and its path is printed. One JVM for every
 * library instead of two a library (a listing and an index: some 50 JVM starts a build).
 *   java -cp JANDEX_JAR IndexLibraries.java JAR...
 */
public class IndexLibraries {

    public static void main(String[] jars) throws IOException {
        List<String> indexed = new ArrayList<>();
        for (String jar : jars) {
            try (ZipFile zip = new ZipFile(jar)) {
                if (zip.getEntry("META-INF/jandex.idx") != null) {
                    continue;
                }
            }
            // As Main -m: the index written into the jar itself (modify), not a new jar, quietly.
            JarIndexer.createJarIndex(new File(jar), new Indexer(), null, true, false, false);
            indexed.add(jar);
        }
        indexed.forEach(System.out::println);
    }
}
