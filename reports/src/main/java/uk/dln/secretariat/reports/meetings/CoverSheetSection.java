package uk.dln.secretariat.reports.meetings;

import java.util.List;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.PaperFileNames;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/**
 * A paper's cover sheet: title, reference, meeting, classification, author, presenter and sponsor, purpose and
 * timing in a table, then the summary, the recommendations ("The network is asked to ...") and the annexes.
 */
public final class CoverSheetSection {

    private CoverSheetSection() {
    }

    /** @param level the heading level of the paper's title: 1 for a cover sheet on its own, 2 inside a pack */
    public static void write(WordDocument document, Meeting meeting, AgendaEntry paper, int level) {
        Texts texts = document.texts();
        var line = paper.line();
        CoverSheet cover = line.item().cover();
        document.heading(level, texts.get("pack.cover.paperHeading", line.reference().toString(),
                line.item().title()));
        var table = new WordTable(document, List.of(new Column(texts.get("pack.cover.field"), 5),
                new Column(texts.get("pack.cover.value"), 14)));
        row(table, texts.get("pack.cover.paperTitle"), line.item().title());
        row(table, texts.get("pack.cover.reference"), line.reference().toString());
        row(table, texts.get("pack.cover.meeting"), MeetingLines.name(texts, meeting));
        row(table, texts.get("pack.cover.classification"), cover.marking().label());
        row(table, texts.get("pack.cover.author"), orNotGiven(texts, cover.author()));
        row(table, texts.get("pack.cover.presenter"), orNotGiven(texts, paper.presenter()));
        row(table, texts.get("pack.cover.sponsor"), orNotGiven(texts, cover.sponsor()));
        row(table, texts.get("pack.cover.purpose"), texts.get(line.item().purpose().messageKey()));
        row(table, texts.get("pack.cover.timing"), texts.get("pack.cover.timingValue",
                AgendaSection.TIME.format(line.start()), line.item().minutes()));
        table.write();

        document.heading(level + 1, texts.get("pack.cover.summary"));
        document.body(orNotGiven(texts, cover.summary()));
        document.heading(level + 1, texts.get("pack.cover.recommendations"));
        document.body(cover.recommendations().isEmpty() ? askedTo(texts, line.item().purpose())
                : cover.recommendations());
        document.heading(level + 1, texts.get("pack.cover.annexes"));
        if (paper.annexes().isEmpty()) {
            document.body(texts.get("pack.cover.noAnnexes"));
        } else {
            // Named as in the export folder and the one-PDF pack, so a reader finds each file from here.
            List<String> files = PaperFileNames.of(paper);
            for (int i = 0; i < files.size(); i++) {
                document.body(texts.get("pack.cover.annex", annexLetter(i), files.get(i)));
            }
        }
    }

    private static void row(WordTable table, String field, String value) {
        table.row(Cell.bold(field), Cell.of(value));
    }

    private static String orNotGiven(Texts texts, String value) {
        return value.isEmpty() ? texts.get("pack.cover.notGiven") : value;
    }

    /** What the network is asked to do when the paper gives no recommendation: it follows from the purpose. */
    private static String askedTo(Texts texts, ItemPurpose purpose) {
        return switch (purpose) {
            case DECISION -> texts.get("pack.cover.asked.decide");
            case DISCUSSION -> texts.get("pack.cover.asked.discuss");
            case INFORMATION, NOTING -> texts.get("pack.cover.asked.note");
        };
    }

    /** Annex A, B, ... Z, then AA. */
    static String annexLetter(int index) {
        String letter = String.valueOf((char) ('A' + index % 26));
        return index < 26 ? letter : annexLetter(index / 26 - 1) + letter;
    }
}
