package uk.dln.secretariat.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.app.directory.ReferenceOrganisations;
import uk.dln.secretariat.app.roadmaps.RoadmapDemoData;
import uk.dln.secretariat.app.toolkit.ToolkitDemoData;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Fills a workspace with realistic records so every screen has something to show. Running it twice adds nothing the
 * second time.
 */
@UseCase
public final class DemoData {

    /** What {@link #fill(WorkspaceData)} added. */
    public record Summary(int organisations, int leaders, int meetings) {
    }

    private static final String STARTED = "started";
    private static final String COMPLETE = "complete";

    private final Clock clock;

    public DemoData(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds what the workspace does not have yet. Each part (people, roadmaps, meetings) is skipped once any of it
     * is there, so a run cut short half way through a part cannot be completed: the workspace remembers that a run
     * started, and a later run refuses with a message rather than report a half-filled workspace as filled.
     *
     * @throws SecretariatException {@code demo.error.interrupted} after a run that was cut short
     */
    public Summary fill(WorkspaceData workspace) {
        if (workspace.settings().demoState().filter(STARTED::equals).isPresent()) {
            throw new SecretariatException("demo.error.interrupted");
        }
        workspace.settings().saveDemoState(STARTED);
        int organisations = ReferenceOrganisations.load(workspace).size();
        LocalDate today = LocalDate.now(clock);
        int leaders = new DemoDirectory(workspace, today).fill();
        new RoadmapDemoData().fill(workspace, today);
        int meetings = new DemoMeetings(workspace, today).fill();
        new DemoIssuedPacks(workspace, today).fill();
        new ToolkitDemoData().fill(workspace, today);
        workspace.settings().saveDemoState(COMPLETE);
        return new Summary(organisations, leaders, meetings);
    }
}
