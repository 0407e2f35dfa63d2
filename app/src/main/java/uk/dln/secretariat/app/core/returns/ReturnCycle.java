package uk.dln.secretariat.app.core.returns;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import uk.dln.secretariat.model.returns.IssuedReturn;
import uk.dln.secretariat.persistence.WorkspaceData;

/**
 * The current cycle: each organisation's latest return, the one its coordinator is working on. An earlier return
 * still reads and previews (its rows are compared by version), but no longer counts as outstanding.
 */
public final class ReturnCycle {

    private ReturnCycle() {
    }

    /** The current cycle of the workspace's returns, as the Returns section lists it. */
    public static List<IssuedReturn> current(WorkspaceData workspace) {
        return current(workspace.returns().findAll());
    }

    /** @param newestFirst every return, newest first, as the repository lists them */
    public static List<IssuedReturn> current(List<IssuedReturn> newestFirst) {
        var seen = new HashSet<Long>();
        return newestFirst.stream().filter(r -> seen.add(r.organisationId()))
                .sorted(Comparator.comparing(IssuedReturn::organisation, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
