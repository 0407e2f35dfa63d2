package uk.dln.secretariat.app.core.export;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.persistence.WorkspaceData;

/** A workspace's meetings for export tests: one held in October and one planned for 26 November with a paper. */
public final class MeetingWorkspace {

    public static final LocalDate OCTOBER = LocalDate.of(2026, 10, 22);
    public static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 26);

    private MeetingWorkspace() {
    }

    /** @return the November meeting */
    public static Meeting fill(WorkspaceData workspace) {
        workspace.meetings().save(Meeting.plan(OCTOBER, LocalTime.of(10, 0), 120, "10 Whitehall", null,
                ProtectiveMarking.OFFICIAL));
        Meeting november = workspace.meetings().save(Meeting.plan(NOVEMBER, LocalTime.of(10, 0), 120,
                "10 Whitehall", null, ProtectiveMarking.OFFICIAL));
        workspace.agenda().append(november.id(), List.of(new AgendaItem(0, november.id(), 0, "Cloud hosting",
                ItemPurpose.DECISION, null, null, 20, true, new CoverSheet("Ann Author", "", "A summary.",
                        "The network is asked to agree.", ProtectiveMarking.OFFICIAL))));
        return november;
    }
}
