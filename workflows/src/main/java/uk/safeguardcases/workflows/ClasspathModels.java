package uk.safeguardcases.workflows;

import java.io.InputStream;
import java.util.List;
import uk.safeguardcases.application.process.ProcessModels;

/** A process's BPMN models, read from this module's class path, with any board's own variant beside them. */
abstract class ClasspathModels implements ProcessModels {

    private final List<String> resources;

    ClasspathModels(String... resources) {
        this.resources = List.of(resources);
    }

    @Override
    public List<String> resourceNames() {
        return resources;
    }

    @Override
    public InputStream openFor(String board, String resourceName) {
        if (!resources.contains(resourceName)) {
            throw new IllegalArgumentException("Not a process model of this module: " + resourceName);
        }
        int slash = resourceName.lastIndexOf('/');
        String variant = resourceName.substring(0, slash + 1) + board + "/" + resourceName.substring(slash + 1);
        InputStream own = ClasspathModels.class.getClassLoader().getResourceAsStream(variant);
        return own != null ? own : ClasspathModels.class.getClassLoader().getResourceAsStream(resourceName);
    }
}
