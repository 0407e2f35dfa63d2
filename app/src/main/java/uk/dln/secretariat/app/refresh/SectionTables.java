package uk.dln.secretariat.app.refresh;

import java.util.Set;
import uk.dln.secretariat.app.shell.Section;

/**
 * The database tables whose records each section shows: a change to one of them by someone else has the section read
 * its records again. Names are the database's, as the shared workspace's notifications give them.
 */
public final class SectionTables {

    private static final Set<String> DIRECTORY = Set.of("organisation", "leader", "membership", "declaration");
    private static final Set<String> MEETINGS = Set.of("meeting", "agenda_item", "attendance", "paper_file", "action",
            "leader", "organisation", "membership", "declaration", "network_setting");
    private static final Set<String> ACTIONS = Set.of("action", "action_update", "action_revision", "meeting",
            "agenda_item", "leader", "organisation");
    private static final Set<String> ROADMAPS = Set.of("roadmap", "roadmap_confidence", "milestone",
            "milestone_change", "milestone_dependency", "indicator", "indicator_reading", "risk", "risk_milestone",
            "spending_review_period", "organisation");
    private static final Set<String> BOARD_PACKS = Set.of("meeting", "agenda_item", "paper_file", "issued_pack",
            "issued_pack_item", "network_setting");
    private static final Set<String> RETURNS = Set.of("departmental_return", "organisation", "leader", "membership");
    private static final Set<String> SELF_ASSESSMENT = Set.of("self_assessment_round", "approach_rating",
            "toolkit_approach", "role_check_item", "organisation", "leader", "membership", "meeting");
    /** Home sums up the month from nearly everything. */
    private static final Set<String> HOME = Set.of("meeting", "agenda_item", "attendance", "paper_file", "action",
            "action_update", "roadmap", "milestone", "milestone_change", "risk", "organisation", "leader",
            "membership", "departmental_return", "issued_pack", "network_setting", "self_assessment_round",
            "approach_rating");

    private SectionTables() {
    }

    public static Set<String> of(Section section) {
        return switch (section) {
            case HOME -> HOME;
            case DIRECTORY -> DIRECTORY;
            case MEETINGS -> MEETINGS;
            case ACTIONS -> ACTIONS;
            case ROADMAPS -> ROADMAPS;
            case BOARD_PACKS -> BOARD_PACKS;
            case RETURNS -> RETURNS;
            case SELF_ASSESSMENT -> SELF_ASSESSMENT;
        };
    }
}
