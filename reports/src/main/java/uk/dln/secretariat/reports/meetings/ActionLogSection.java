package uk.dln.secretariat.reports.meetings;

import java.time.LocalDate;
import java.util.List;
import uk.dln.secretariat.model.actions.Action;
import uk.dln.secretariat.model.actions.ActionLogEntry;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.reports.RagPalette;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/**
 * The action log: overdue actions first, then live ones, then those finished since the last meeting. Each status is
 * a word on its colour, and an overdue action says "Overdue" in words, so the log reads the same printed in grey.
 */
public final class ActionLogSection {

    /** The log's heading, the target of links to the log as a whole. */
    public static final String BOOKMARK = "action_log";

    private ActionLogSection() {
    }

    /** The bookmark on an action's reference in the log: links to the action reach its row. */
    public static String bookmark(Action action) {
        return "action_" + action.id();
    }

    public static void write(WordDocument document, List<ActionLogEntry> log, LocalDate asOf) {
        Texts texts = document.texts();
        document.bookmark(document.heading(1, texts.get("pack.section.actions")).getCTP(), BOOKMARK);
        if (log.isEmpty()) {
            document.body(texts.get("pack.actions.none"));
            return;
        }
        List<ActionLogEntry> ordered = ActionLogEntry.inLogOrder(log, asOf);
        // Every row falls in exactly one of these, so the sentence adds up to the table below it.
        long overdue = ordered.stream().filter(e -> e.overdueOn(asOf)).count();
        long proposed = ordered.stream().filter(ActionLogEntry::proposedForClosure).count();
        long finished = ordered.stream().filter(e -> e.action().status().finished()).count();
        document.body(texts.get("pack.actions.intro", ordered.size(), overdue,
                ordered.size() - overdue - proposed - finished, finished, texts.date(asOf), proposed));
        // Six columns fit a portrait page; where an action was raised goes under its words.
        // A date is kept on one line ("19 Mar 2026"), so the Due and Status columns are wide enough to hold one.
        var table = new WordTable(document, List.of(new Column(texts.get("pack.actions.reference"), 20),
                new Column(texts.get("pack.actions.action"), 42), new Column(texts.get("pack.actions.owner"), 25),
                new Column(texts.get("pack.actions.due"), 27), new Column(texts.get("pack.actions.status"), 30),
                new Column(texts.get("pack.actions.update"), 26)));
        for (ActionLogEntry entry : ordered) {
            var action = entry.action();
            String words = texts.get("pack.actions.descriptionRaised", action.description(), texts.raisedAt(entry));
            table.row(Cell.bold(action.reference()).bookmarked(bookmark(action)), Cell.of(words),
                    Cell.of(owner(texts, entry.summary())),
                    Cell.of(due(texts, entry)), status(texts, entry, asOf),
                    Cell.of(update(texts, entry)));
        }
        table.write();
    }

    /** "Overdue (Open)" on red, "Proposed for closure (due ...)" on yellow, or the status word on its colour. */
    public static Cell status(Texts texts, ActionLogEntry entry, LocalDate asOf) {
        if (entry.proposedForClosure()) {
            return Cell.rated(texts.get("pack.actions.proposedStatus", texts.shortDate(entry.action().dueOn())),
                    RagPalette.of(entry.action().status(), false));
        }
        String word = texts.get(entry.action().status().messageKey());
        boolean overdue = entry.overdueOn(asOf);
        return Cell.rated(overdue ? texts.get("pack.actions.overdueStatus", word) : word,
                RagPalette.of(entry.action().status(), overdue));
    }

    static String owner(Texts texts, ActionSummary summary) {
        return summary.organisationShortName().isEmpty() ? summary.ownerName()
                : texts.get("pack.actions.ownerValue", summary.ownerName(), summary.organisationShortName());
    }

    /** The due date, and the one first agreed when it has been moved: "28 Jan 2027 (revised from 3 Dec 2026)". */
    static String due(Texts texts, ActionLogEntry entry) {
        String due = texts.shortDate(entry.action().dueOn());
        return entry.dueRevisedFrom() == null ? due
                : texts.get("pack.actions.dueRevised", due, texts.shortDate(entry.dueRevisedFrom()));
    }

    private static String update(Texts texts, ActionLogEntry entry) {
        if (entry.latestUpdateText().isEmpty()) {
            return "";
        }
        return entry.updatedBy().isEmpty()
                ? texts.get("pack.actions.updateValue", texts.shortDate(entry.updatedOn()), entry.latestUpdateText())
                : texts.get("pack.actions.updateValueBy", texts.shortDate(entry.updatedOn()), entry.latestUpdateText(),
                        entry.updatedBy());
    }
}
