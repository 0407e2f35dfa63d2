package uk.dln.secretariat.app.core.demo;

import java.time.Clock;
import java.time.LocalDate;
import uk.dln.secretariat.app.core.CancelledException;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.UseCase;
import uk.dln.secretariat.app.core.directory.ReferenceOrganisations;
import uk.dln.secretariat.model.SecretariatException;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * Fills a workspace with realistic records so every screen has something to show. Running it twice adds nothing the
 * second time.
 */
@UseCase
public final class DemoData {

    /** What {@link #fill(WorkspaceData, Progress)} added. */
    public record Summary(int organisations, int leaders, int meetings) {
    }

    private static final String STARTED = "started";
    private static final String COMPLETE = "complete";
    /** The parts added one after another (organisations, people, roadmaps, meetings, issued packs, toolkit). */
    static final int PARTS = 6;

    private final Clock clock;

    public DemoData(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds what the workspace does not have yet. Each part (people, roadmaps, meetings) is skipped once any of it
     * is there, so a run cut short half way through a part cannot be completed: the workspace remembers that a run
     * started, and a later run refuses with a message rather than report a half-filled workspace as filled.
     * Reports each part done and checks between parts whether to stop; a run stopped there is cut short in the same
     * way.
     *
     * @throws SecretariatException {@code demo.error.interrupted} after a run that was cut short
     * @throws CancelledException   when the progress says stop
     */
    public Summary fill(WorkspaceData workspace, Progress progress) {
        if (workspace.settings().demoState().filter(STARTED::equals).isPresent()) {
            throw new SecretariatException("demo.error.interrupted");
        }
        workspace.settings().saveDemoState(STARTED);
        progress.update(0, PARTS);
        int organisations = new ReferenceOrganisations(workspace).loadMissing().size();
        progress.partDone(1, PARTS);
        LocalDate today = LocalDate.now(clock);
        int leaders = new DemoDirectory(workspace, today).fill();
        progress.partDone(2, PARTS);
        new RoadmapDemoData().fill(workspace, today);
        progress.partDone(3, PARTS);
        int meetings = new DemoMeetings(workspace, today).fill();
        progress.partDone(4, PARTS);
        new DemoIssuedPacks(workspace, today).fill();
        progress.partDone(5, PARTS);
        new ToolkitDemoData().fill(workspace, today);
        workspace.settings().saveDemoState(COMPLETE);
        progress.update(PARTS, PARTS);
        return new Summary(organisations, leaders, meetings);
    }
}
