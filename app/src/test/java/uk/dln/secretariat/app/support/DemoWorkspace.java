package uk.dln.secretariat.app.support;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.dln.secretariat.app.core.Progress;
import uk.dln.secretariat.app.core.demo.DemoData;
import uk.dln.secretariat.app.core.returns.ReturnIssuer;
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

    /** Issues a return to every organisation, due in two weeks from the clock's day, into the folder. */
    public static List<ReturnIssuer.Issued> issueReturns(WorkspaceData workspace, Clock clock, Path folder) {
        return new ReturnIssuer(clock).issue(workspace, null, LocalDate.now(clock).plusWeeks(2), folder);
    }

    /** Makes the workspace file filled with the demonstration as of today and closes it, for a command to open. */
    public static Path create(Path file) {
        open(file).close();
        return file;
    }
}
