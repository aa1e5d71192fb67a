package uk.safeguardcases.infrastructure.engine;

import java.io.InputStream;
import java.util.List;

/**
 * The BPMN models the engine deploys for every board. The workflows module provides them as a CDI bean,
 * so the domain module never depends on it (web → ejb ← workflows).
 */
public interface ProcessModels {

    /** Resource names of the BPMN files, e.g. {@code bpmn/breach-investigation.bpmn}. */
    List<String> resourceNames();

    /** Opens one of the {@link #resourceNames()}. */
    InputStream open(String resourceName);
}
