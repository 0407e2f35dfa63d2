package uk.dln.secretariat.reports.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dln.secretariat.model.actions.ActionSummary;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.MeetingMinutesRecord;
import uk.dln.secretariat.model.meetings.MeetingMinutes.ItemMinutes;
import uk.dln.secretariat.model.meetings.StandingItem;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/**
 * A meeting's minutes in the civil-service order: Present, In attendance, Secretariat, Apologies, the declarations
 * of interest, then each item's discussion, decisions and actions. Draft minutes say so in words at the top.
 */
public final class MinutesSection {

    private MinutesSection() {
    }

    /** @param headingKey the section's heading: the previous minutes in a pack, the minutes alone on their own */
    public static void write(WordDocument document, MeetingMinutesRecord record, String headingKey) {
        Texts texts = document.texts();
        document.heading(1, texts.get(headingKey));
        if (record.draft()) {
            document.paragraph("Draft", texts.get("pack.minutes.draft"));
        } else {
            record.approvedOn().ifPresent(day -> document.body(texts.get("pack.minutes.approvedOn", texts.date(day))));
        }
        document.paragraph("Subtitle", MeetingLines.name(texts, record.meeting()));
        MeetingLines.details(document, record.meeting(), record.chair());

        document.heading(2, texts.get("pack.minutes.attendance"));
        attendance(document, record.minutes().attendance());
        document.heading(2, texts.get("meetings.minutes.field.declarations"));
        document.body(record.minutes().declarations().isEmpty() ? texts.get("meetings.minutes.noDeclarations")
                : record.minutes().declarations());

        document.heading(2, texts.get("pack.minutes.items"));
        Map<Long, ItemMinutes> byItem = record.minutes().items().stream()
                .collect(Collectors.toMap(ItemMinutes::itemId, m -> m, (a, b) -> a));
        for (AgendaEntry entry : record.agenda()) {
            item(document, entry, byItem.get(entry.line().item().id()), record);
        }
    }

    /**
     * The attendance as written in the minutes: blocks separated by blank lines, each opening with its heading
     * ("Present", "Apologies" ...), which becomes a real heading so a reader can move between them, in the
     * document's language.
     */
    static void attendance(WordDocument document, String text) {
        Texts texts = document.texts();
        if (text.isBlank()) {
            document.body(texts.get("pack.minutes.noAttendance"));
            return;
        }
        // The headings the draft minutes start each block with are the app's words, not the writer's: recognised in
        // any of the documents' languages and printed in the document's, so English minutes read Welsh in a Welsh pack.
        var headings = new java.util.HashMap<String, String>();
        for (String key : List.of("meetings.minutes.present", "meetings.minutes.inAttendance",
                "meetings.minutes.secretariat", "meetings.minutes.apologies")) {
            texts.inEveryLanguage(key).forEach(typed -> headings.put(typed, texts.get(key)));
        }
        for (String block : text.strip().split("\\R\\s*\\R")) {
            List<String> lines = new ArrayList<>(List.of(block.strip().split("\\R")));
            String heading = headings.get(lines.get(0).strip());
            if (heading != null) {
                lines.remove(0);
                document.heading(3, heading);
            }
            if (!lines.isEmpty()) {
                document.body(String.join("\n", lines));
            }
        }
    }

    private static void item(WordDocument document, AgendaEntry entry, ItemMinutes minutes,
                             MeetingMinutesRecord record) {
        Texts texts = document.texts();
        var line = entry.line();
        List<ActionSummary> actions = record.actionsAt(line.item().id());
        document.heading(3, line.reference() == null
                ? texts.get("meetings.minutes.itemHeading", line.number(), line.item().title())
                : texts.get("meetings.minutes.itemHeadingPaper", line.number(), line.item().title(),
                        line.reference().toString()));
        boolean empty = true;
        StandingItem standing = line.item().standing();
        if (standing == StandingItem.NEXT_MEETING && record.nextMeeting().isPresent()) {
            document.body(texts.get("pack.minutes.nextMeeting", texts.date(record.nextMeeting().get())));
            empty = false;
        }
        if (minutes != null && !minutes.discussion().isEmpty()) {
            // Minutes drafted before the declarations item pointed upwards repeat the declarations word for word.
            boolean repeatsDeclarations = standing == StandingItem.DECLARATIONS
                    && minutes.discussion().strip().equals(record.minutes().declarations().strip());
            document.body(repeatsDeclarations ? texts.get("meetings.minutes.declarationsAbove")
                    : minutes.discussion());
            empty = false;
        }
        if (minutes != null && !minutes.decisions().isEmpty()) {
            document.labelled(texts.get("meetings.minutes.field.decisions"), "");
            document.body(minutes.decisions());
            empty = false;
        }
        if (!actions.isEmpty()) {
            document.labelled(texts.get("pack.minutes.actions"), "");
            var table = new WordTable(document, List.of(new Column(texts.get("pack.actions.reference"), 22),
                    new Column(texts.get("pack.actions.action"), 82), new Column(texts.get("pack.actions.owner"), 38),
                    new Column(texts.get("pack.actions.due"), 28)));
            for (ActionSummary summary : actions) {
                table.row(Cell.bold(summary.action().reference()), Cell.of(summary.action().description()),
                        Cell.of(ActionLogSection.owner(texts, summary)),
                        Cell.of(texts.shortDate(summary.action().dueOn())));
            }
            table.write();
            empty = false;
        }
        if (empty) {
            document.paragraph("Quiet", texts.get("pack.minutes.nothingRecorded"));
        }
    }
}
