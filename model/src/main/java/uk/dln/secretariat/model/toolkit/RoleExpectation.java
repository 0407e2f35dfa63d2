package uk.dln.secretariat.model.toolkit;

import java.util.List;
import uk.dln.secretariat.model.directory.OrganisationKind;

/**
 * What the Digital Leader's role expects to be in place at a member organisation. Departments' Digital Leaders
 * have one list; the devolved administrations' representatives another.
 */
public enum RoleExpectation {
    STRATEGY_AGREED("toolkit.role.strategyAgreed", true),
    ROADMAP_EMBEDDED("toolkit.role.roadmapEmbedded", true),
    INDICATORS_AGREED("toolkit.role.indicatorsAgreed", true),
    SKILLED_STAFF("toolkit.role.skilledStaff", true),
    DELIVERY_OVERSIGHT("toolkit.role.deliveryOversight", true),
    /** Read from the directory (the current Digital Leader's grade and board seat), never recorded here. */
    BOARD_LEVEL_LEADER("toolkit.role.boardLevelLeader", false),
    ACTIVITY_SHARED("toolkit.role.activityShared", true),
    WIDER_PUBLIC_SECTOR_ALIGNED("toolkit.role.widerPublicSectorAligned", true),
    NATIONAL_NEEDS_MET("toolkit.role.nationalNeedsMet", true);

    private final String messageKey;
    private final boolean recorded;

    RoleExpectation(String messageKey, boolean recorded) {
        this.messageKey = messageKey;
        this.recorded = recorded;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Whether the secretariat records it (with a date and evidence) rather than the directory saying it. */
    public boolean recorded() {
        return recorded;
    }

    /** The expectations that apply to an organisation of this kind, in the order the checklist shows them. */
    public static List<RoleExpectation> forKind(OrganisationKind kind) {
        if (kind == OrganisationKind.DEVOLVED_ADMINISTRATION) {
            return List.of(ACTIVITY_SHARED, WIDER_PUBLIC_SECTOR_ALIGNED, NATIONAL_NEEDS_MET);
        }
        return List.of(STRATEGY_AGREED, ROADMAP_EMBEDDED, INDICATORS_AGREED, SKILLED_STAFF, DELIVERY_OVERSIGHT,
                BOARD_LEVEL_LEADER);
    }

    /** Departments and devolved administrations have Digital Leaders to check; agencies answer through theirs. */
    public static boolean applies(OrganisationKind kind) {
        return kind != OrganisationKind.AGENCY;
    }
}
