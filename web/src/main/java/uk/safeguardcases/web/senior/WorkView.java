package uk.safeguardcases.web.senior;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.work.WorkItem;
import uk.safeguardcases.application.work.WorkQueue;

/** The investigation tasks waiting for the signed-in officer or senior manager. */
@Named
@ViewScoped
public class WorkView implements Serializable {

    @Inject
    private WorkQueue queue;

    private List<WorkItem> tasks;

    @PostConstruct
    void load() {
        tasks = queue.myTasks();
    }

    public List<WorkItem> getTasks() {
        return tasks;
    }
}
