package uk.dln.secretariat.app.audit;

import java.util.Arrays;

/**
 * The names people read for the stored tables the audit trail covers. A feature that adds a table adds it here too;
 * a table missing here is shown by its stored name, so nothing is ever hidden.
 */
public enum AuditedTable {
    NETWORK_SETTING("network_setting", "audit.table.networkSetting"),
    ORGANISATION("organisation", "audit.table.organisation"),
    LEADER("leader", "audit.table.leader"),
    MEMBERSHIP("membership", "audit.table.membership"),
    DECLARATION("declaration", "audit.table.declaration"),
    SPENDING_REVIEW_PERIOD("spending_review_period", "audit.table.spendingReviewPeriod"),
    ROADMAP("roadmap", "audit.table.roadmap"),
    MILESTONE("milestone", "audit.table.milestone"),
    MILESTONE_CHANGE("milestone_change", "audit.table.milestoneChange"),
    MILESTONE_DEPENDENCY("milestone_dependency", "audit.table.milestoneDependency"),
    INDICATOR("indicator", "audit.table.indicator"),
    INDICATOR_READING("indicator_reading", "audit.table.indicatorReading"),
    RISK("risk", "audit.table.risk"),
    RISK_MILESTONE("risk_milestone", "audit.table.riskMilestone"),
    MEETING("meeting", "audit.table.meeting"),
    AGENDA_ITEM("agenda_item", "audit.table.agendaItem"),
    PAPER_FILE("paper_file", "audit.table.paperFile"),
    ATTENDANCE("attendance", "audit.table.attendance"),
    ACTION("action", "audit.table.action"),
    ACTION_UPDATE("action_update", "audit.table.actionUpdate");

    private final String tableName;
    private final String labelKey;

    AuditedTable(String tableName, String labelKey) {
        this.tableName = tableName;
        this.labelKey = labelKey;
    }

    public String tableName() {
        return tableName;
    }

    public String labelKey() {
        return labelKey;
    }

    /** The key of the table's name, or null when the table is not listed here. */
    static String labelKeyOf(String tableName) {
        return Arrays.stream(values()).filter(t -> t.tableName.equals(tableName)).map(AuditedTable::labelKey)
                .findFirst().orElse(null);
    }
}
