package uk.safeguardcases.application.process;

import java.io.InputStream;
import java.util.List;

/**
 * The BPMN models of one process (or a few), deployed by the engine for every board. The workflows module provides
 * one bean per process, so the domain module never depends on it (web → ejb ← workflows).
 */
public interface ProcessModels {

    /** Resource names of the BPMN files, e.g. {@code bpmn/breach-investigation.bpmn}. */
    List<String> resourceNames();

    /**
     * The model {@code resourceName} (one of {@link #resourceNames()}) as board {@code board} runs it: the board's own
     * variant {@code bpmn/<board>/<file>} if the module has one, else the shared model.
     */
    InputStream openFor(String board, String resourceName);
}
