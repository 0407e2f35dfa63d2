package uk.dln.secretariat.reports.trackers;

import java.util.Optional;

/** The Tables the workbook holds, for the summary's formulas; a section left out of the pack has none. */
record TrackerTables(Optional<DataSheet> actions, Optional<DataSheet> milestones, Optional<DataSheet> indicators,
                     Optional<DataSheet> risks) {

    boolean any() {
        return actions.isPresent() || milestones.isPresent() || indicators.isPresent() || risks.isPresent();
    }
}
