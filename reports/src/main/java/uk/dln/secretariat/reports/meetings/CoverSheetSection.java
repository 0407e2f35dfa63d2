package uk.dln.secretariat.reports.meetings;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.InaccessiblePaper;
import uk.dln.secretariat.model.boardpack.PaperFileNames;
import uk.dln.secretariat.model.meetings.CoverSheet;
import uk.dln.secretariat.model.meetings.ItemPurpose;
import uk.dln.secretariat.model.meetings.Meeting;
import uk.dln.secretariat.model.meetings.PaperContext;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.accessibility.PaperAccessibility;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/**
 * A paper's cover sheet in the civil-service form: title, reference, meeting, date of paper, classification, author,
 * presenter and sponsor, purpose, timing and publication in a table; then the summary, the numbered recommendations
 * ("The network is asked to: (a) ... (b) ..."), previous consideration, consultation, the financial, legal and risk
 * implications, and the annexes.
 */
public final class CoverSheetSection {

    private CoverSheetSection() {
    }

    /** The paper's heading: "DLN(26)11/04: Title". A link to the cover sheet repeats it. */
    public static String heading(Texts texts, AgendaEntry paper) {
        return texts.get("pack.cover.paperHeading", paper.line().reference().toString(), paper.line().item().title());
    }

    /** @param level the heading level of the paper's title: 1 for a cover sheet on its own, 2 inside a pack */
    public static void write(WordDocument document, Meeting meeting, AgendaEntry paper, int level) {
        write(document, meeting, paper, level, List.of());
    }

    /**
     * @param inaccessible the paper's files a screen reader cannot read well: the contents entry and the list of
     *                     annexes say which and why, so an accessible version can be asked for before issue
     */
    /** @return the paper's heading, so that links can reach its cover sheet */
    public static XWPFParagraph write(WordDocument document, Meeting meeting, AgendaEntry paper, int level,
                             List<InaccessiblePaper> inaccessible) {
        Texts texts = document.texts();
        var line = paper.line();
        CoverSheet cover = line.item().cover();
        PaperContext context = cover.context();
        XWPFParagraph heading = document.heading(level, heading(texts, paper));
        for (InaccessiblePaper file : inaccessible) {
            document.contentsNote(texts.get("pack.contents.notAccessible", annexLetter(file.annex()),
                    PaperAccessibility.reason(texts, file.problem(), file.count())));
        }
        var table = new WordTable(document, List.of(new Column(texts.get("pack.cover.field"), 5),
                new Column(texts.get("pack.cover.value"), 14)));
        row(table, texts.get("pack.cover.paperTitle"), line.item().title());
        row(table, texts.get("pack.cover.reference"), line.reference().toString());
        row(table, texts.get("pack.cover.meeting"), MeetingLines.name(texts, meeting));
        row(table, texts.get("pack.cover.paperDate"), context.paperDate() == null ? texts.get("pack.cover.notGiven")
                : texts.date(context.paperDate()));
        row(table, texts.get("pack.cover.classification"), cover.marking().label());
        row(table, texts.get("pack.cover.author"), orNotGiven(texts, cover.author()));
        row(table, texts.get("pack.cover.presenter"), orNotGiven(texts, paper.presenter()));
        row(table, texts.get("pack.cover.sponsor"), orNotGiven(texts, cover.sponsor()));
        row(table, texts.get("pack.cover.purpose"), texts.get(line.item().purpose().messageKey()));
        row(table, texts.get("pack.cover.timing"), texts.get("pack.cover.timingValue",
                AgendaSection.TIME.format(line.start()), line.item().minutes()));
        row(table, texts.get("pack.cover.publication"), texts.get(context.publication().messageKey()));
        table.write();

        document.heading(level + 1, texts.get("pack.cover.summary"));
        document.body(orNotGiven(texts, cover.summary()));
        recommendations(document, cover, line.item().purpose(), level + 1);
        document.heading(level + 1, texts.get("pack.cover.previousConsideration"));
        document.body(orNone(texts, context.previousConsideration()));
        document.heading(level + 1, texts.get("pack.cover.consultation"));
        document.body(orNone(texts, context.consultation()));
        document.heading(level + 1, texts.get("pack.cover.implications"));
        document.labelled(texts.get("pack.cover.financial"), orNone(texts, context.financialImplications()));
        document.labelled(texts.get("pack.cover.legal"), orNone(texts, context.legalImplications()));
        document.labelled(texts.get("pack.cover.risk"), orNone(texts, context.riskImplications()));
        document.heading(level + 1, texts.get("pack.cover.annexes"));
        if (paper.annexes().isEmpty()) {
            document.body(texts.get("pack.cover.noAnnexes"));
        } else {
            // Named as in the export folder and the one-PDF pack, so a reader finds each file from here.
            List<String> files = PaperFileNames.of(paper);
            for (int i = 0; i < files.size(); i++) {
                int annex = i;
                String named = texts.get("pack.cover.annex", annexLetter(i), files.get(i));
                document.body(inaccessible.stream().filter(f -> f.annex() == annex).findFirst()
                        .map(f -> texts.get("pack.cover.annexNotAccessible", named,
                                PaperAccessibility.reason(texts, f.problem(), f.count())))
                        .orElse(named));
            }
        }
        return heading;
    }

    /** "The network is asked to:" then (a), (b) ...; one recommendation reads as one sentence. */
    private static void recommendations(WordDocument document, CoverSheet cover, ItemPurpose purpose, int level) {
        Texts texts = document.texts();
        document.heading(level, texts.get("pack.cover.recommendations"));
        List<String> asks = cover.recommendationList();
        if (asks.isEmpty()) {
            document.body(askedTo(texts, purpose));
        } else if (asks.size() == 1) {
            document.body(texts.get("pack.cover.askedOne", asks.get(0)));
        } else {
            document.body(texts.get("pack.cover.askedMany"));
            for (int i = 0; i < asks.size(); i++) {
                document.paragraph("Recommendation", texts.get("pack.cover.askedItem",
                        annexLetter(i).toLowerCase(texts.locale()), asks.get(i)));
            }
        }
    }

    private static void row(WordTable table, String field, String value) {
        table.row(Cell.bold(field), Cell.of(value));
    }

    private static String orNone(Texts texts, String value) {
        return value.isEmpty() ? texts.get("pack.cover.none") : value;
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
