package uk.dln.secretariat.reports.returns;

import java.util.List;

/**
 * The shape of a return workbook (decision 0029), shared by the writer and the reader. Sheet names and column codes
 * are the format: they stay the same in every language, so a return reads back whatever the labels say.
 */
final class ReturnLayout {

    /** Bumped when a change to the shape means older returns must be refused rather than misread. */
    static final String FORMAT = "secretariat-return-1";

    static final String INSTRUCTIONS = "Instructions";
    static final String ACTIONS = "Actions";
    static final String MILESTONES = "Milestones";
    static final String INDICATORS = "Indicators";
    static final String RISKS = "Risks";
    /** Hidden: the return's identity. */
    static final String IDENTITY = "Return";
    /** Hidden: drop-down labels and the stable codes they stand for. */
    static final String LISTS = "Lists";

    /** Row 1 holds the column codes (hidden), row 2 the labels, records start on row 3. */
    static final int CODE_ROW = 0;
    static final int LABEL_ROW = 1;
    static final int FIRST_RECORD_ROW = 2;
    /** Empty rows left at the end of the risks sheet for new risks. */
    static final int NEW_RISK_ROWS = 20;
    /** More rows than any organisation's slice: a sheet longer than this was pasted into, and is refused. */
    static final int MAX_RECORDS = 2000;

    enum Kind { TEXT, DATE, NUMBER, WHOLE_1_TO_5, LIST }

    /**
     * @param list the list's name in {@link #LISTS} when the kind is LIST
     */
    record Column(String code, String labelKey, Kind kind, boolean editable, String list, int width) {
    }

    static final List<Column> ACTION_COLUMNS = List.of(
            new Column("id", "returns.column.id", Kind.TEXT, false, null, 8),
            new Column("version", "returns.column.version", Kind.TEXT, false, null, 8),
            new Column("reference", "returns.column.reference", Kind.TEXT, false, null, 14),
            new Column("description", "returns.column.description", Kind.TEXT, false, null, 50),
            new Column("due", "returns.column.due", Kind.DATE, false, null, 14),
            new Column("status", "returns.column.status", Kind.LIST, true, "ActionStatus", 22),
            new Column("latestUpdate", "returns.column.latestUpdate", Kind.TEXT, false, null, 40),
            new Column("newUpdate", "returns.column.newUpdate", Kind.TEXT, true, null, 50));

    static final List<Column> MILESTONE_COLUMNS = List.of(
            new Column("id", "returns.column.id", Kind.TEXT, false, null, 8),
            new Column("version", "returns.column.version", Kind.TEXT, false, null, 8),
            new Column("title", "returns.column.title", Kind.TEXT, false, null, 40),
            new Column("baseline", "returns.column.baseline", Kind.DATE, false, null, 14),
            new Column("forecast", "returns.column.forecast", Kind.DATE, true, null, 14),
            new Column("actual", "returns.column.actual", Kind.DATE, true, null, 14),
            new Column("status", "returns.column.status", Kind.LIST, true, "MilestoneStatus", 16),
            new Column("confidence", "returns.column.confidence", Kind.LIST, true, "Confidence", 16),
            new Column("reason", "returns.column.reason", Kind.TEXT, true, null, 40));

    static final List<Column> INDICATOR_COLUMNS = List.of(
            new Column("id", "returns.column.id", Kind.TEXT, false, null, 8),
            new Column("version", "returns.column.version", Kind.TEXT, false, null, 8),
            new Column("name", "returns.column.name", Kind.TEXT, false, null, 40),
            new Column("unit", "returns.column.unit", Kind.TEXT, false, null, 10),
            new Column("reading", "returns.column.reading", Kind.NUMBER, true, null, 14),
            new Column("note", "returns.column.note", Kind.TEXT, true, null, 40));

    static final List<Column> RISK_COLUMNS = List.of(
            new Column("id", "returns.column.id", Kind.TEXT, false, null, 8),
            new Column("version", "returns.column.version", Kind.TEXT, false, null, 8),
            new Column("title", "returns.column.title", Kind.TEXT, true, null, 36),
            new Column("owner", "returns.column.owner", Kind.TEXT, true, null, 20),
            new Column("likelihood", "returns.column.likelihood", Kind.WHOLE_1_TO_5, true, null, 12),
            new Column("impact", "returns.column.impact", Kind.WHOLE_1_TO_5, true, null, 12),
            new Column("mitigation", "returns.column.mitigation", Kind.TEXT, true, null, 40),
            new Column("status", "returns.column.status", Kind.LIST, true, "RiskStatus", 14),
            new Column("review", "returns.column.review", Kind.DATE, true, null, 14));

    static List<Column> columnsOf(String sheet) {
        return switch (sheet) {
            case ACTIONS -> ACTION_COLUMNS;
            case MILESTONES -> MILESTONE_COLUMNS;
            case INDICATORS -> INDICATOR_COLUMNS;
            default -> RISK_COLUMNS;
        };
    }

    private ReturnLayout() {
    }
}
