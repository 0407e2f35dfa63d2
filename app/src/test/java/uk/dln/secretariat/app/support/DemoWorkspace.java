package uk.dln.secretariat.app.support;

import java.nio.file.Path;
import java.time.Clock;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.demo.DemoData;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * A workspace holding the demonstration records, as the command line's {@code demo} leaves one: what tests of the
 * exports, the returns and the screens start from. Filled through the same use case and with the same inputs as the
 * command, nobody watching its progress.
 */
public final class DemoWorkspace {

    private DemoWorkspace() {
    }

    /** Fills an open workspace with the demonstration as of today. */
    public static DemoData.Summary fill(WorkspaceData workspace) {
        return fill(workspace, Clock.systemDefaultZone());
    }

    /** Fills an open workspace with the demonstration as of the clock's day. */
    public static DemoData.Summary fill(WorkspaceData workspace, Clock clock) {
        return new DemoData(clock).fill(workspace, Progress.none());
    }

    /** Opens (creating it if need be) the workspace file filled with the demonstration as of today. */
    public static Workspace open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    /** Opens (creating it if need be) the workspace file filled with the demonstration as of the clock's day. */
    public static Workspace open(Path file, Clock clock) {
        var workspace = Workspace.open(file);
        try {
            fill(workspace.data(), clock);
            return workspace;
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    /** Makes the workspace file filled with the demonstration as of today and closes it, for a command to open. */
    public static Path create(Path file) {
        open(file).close();
        return file;
    }
}
