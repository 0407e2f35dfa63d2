package uk.dln.secretariat.app.shell;

/** The parts of the app the navigation leads to, in the order the secretariat works through a month. */
public enum Section {
    HOME("section.home", "section.home.empty.heading", "section.home.empty.body"),
    DIRECTORY("section.directory", "section.directory.empty.heading", "section.directory.empty.body"),
    MEETINGS("section.meetings", "section.meetings.empty.heading", "section.meetings.empty.body"),
    ACTIONS("section.actions", "section.actions.empty.heading", "section.actions.empty.body"),
    ROADMAPS("section.roadmaps", "section.roadmaps.empty.heading", "section.roadmaps.empty.body"),
    BOARD_PACKS("section.boardPacks", "section.boardPacks.empty.heading", "section.boardPacks.empty.body"),
    RETURNS("section.returns", "section.returns.empty.heading", "section.returns.empty.body"),
    SELF_ASSESSMENT("section.selfAssessment", "section.selfAssessment.empty.heading",
            "section.selfAssessment.empty.body");

    private final String titleKey;
    private final String emptyHeadingKey;
    private final String emptyBodyKey;

    Section(String titleKey, String emptyHeadingKey, String emptyBodyKey) {
        this.titleKey = titleKey;
        this.emptyHeadingKey = emptyHeadingKey;
        this.emptyBodyKey = emptyBodyKey;
    }

    public String titleKey() {
        return titleKey;
    }

    public String emptyHeadingKey() {
        return emptyHeadingKey;
    }

    public String emptyBodyKey() {
        return emptyBodyKey;
    }

    /** Ctrl plus this digit goes to the section: Ctrl+0 is Home, then the sections in order from Ctrl+1. */
    public int shortcutDigit() {
        return ordinal();
    }
}
