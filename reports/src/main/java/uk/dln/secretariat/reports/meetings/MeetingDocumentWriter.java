package uk.dln.secretariat.reports.meetings;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.MeetingMinutesRecord;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.marking.ProtectiveMarking;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordDocument;

/**
 * The meeting's documents on their own, in the pack's styles with the marking on every page: the agenda (sent out
 * ahead of the papers), the minutes (for approval; "DRAFT" at the top of every page until approved) and one paper's
 * cover sheet (for its author to attach to the paper).
 */
public final class MeetingDocumentWriter {

    private final Texts texts;

    public MeetingDocumentWriter(Texts texts) {
        this.texts = texts;
    }

    /**
     * The agenda names every paper, so it carries the highest marking of the meeting and its papers.
     *
     * @param marking what the caller found the agenda reproduces (the network's default, the meeting, its papers);
     *                raised further here should the data carry more
     */
    public void agenda(String networkName, MeetingPackData data, ProtectiveMarking marking, OutputStream out)
            throws IOException {
        var markings = new ArrayList<ProtectiveMarking>(List.of(marking, data.meeting().marking()));
        data.papers().forEach(p -> markings.add(p.line().item().cover().marking()));
        String meeting = MeetingLines.name(texts, data.meeting());
        try (var document = new WordDocument(texts, ProtectiveMarking.highest(markings).label(),
                texts.get("pack.single.agendaTitle", networkName, meeting))) {
            describe(document, "pack.document.agenda", networkName, meeting);
            titles(document, networkName, meeting);
            AgendaSection.write(document, data.meeting(), data.chair(), data.agenda());
            document.write(out);
        }
    }

    /** Minutes reproduce the discussion of every paper at their meeting, so they carry its highest marking. */
    public void minutes(String networkName, MeetingMinutesRecord minutes, ProtectiveMarking marking,
                        OutputStream out) throws IOException {
        var markings = new ArrayList<ProtectiveMarking>(List.of(marking));
        markings.addAll(minutes.markings());
        String meeting = MeetingLines.name(texts, minutes.meeting());
        String note = minutes.draft() ? texts.get("pack.minutes.draftHeader") : "";
        try (var document = new WordDocument(texts, ProtectiveMarking.highest(markings).label(), note,
                texts.get("pack.single.minutesTitle", networkName, meeting))) {
            describe(document, "pack.document.minutes", networkName, meeting);
            // The minutes name their meeting under their heading, as they do in a pack.
            document.paragraph("Subtitle", networkName);
            MinutesSection.write(document, minutes, minutes.draft() ? "pack.minutes.draftHeading"
                    : "pack.minutes.heading");
            document.write(out);
        }
    }

    /** A paper's cover sheet carries the paper's own marking, raised to the network's and the meeting's. */
    public void coverSheet(String networkName, MeetingPackData data, AgendaEntry paper, ProtectiveMarking marking,
                           OutputStream out) throws IOException {
        ProtectiveMarking highest = ProtectiveMarking.highest(List.of(marking, paper.line().item().cover().marking()));
        try (var document = new WordDocument(texts, highest.label(),
                texts.get("pack.single.coverTitle", networkName, paper.line().reference().toString()))) {
            describe(document, "pack.document.coverSheet", networkName, MeetingLines.name(texts, data.meeting()));
            document.paragraph("Subtitle", networkName);
            CoverSheetSection.write(document, data.meeting(), paper, 1);
            document.write(out);
        }
    }

    /** Subject and keywords in the file's properties: what it is, whose, which meeting, and its marking. */
    private void describe(WordDocument document, String kindKey, String networkName, String meeting) {
        String kind = texts.get(kindKey);
        document.describedAs(texts.get("pack.single.subject", kind, networkName, meeting),
                texts.get("pack.single.keywords", kind, document.marking()));
    }

    private static void titles(WordDocument document, String networkName, String meeting) {
        document.paragraph("Subtitle", networkName);
        document.paragraph("Subtitle", meeting);
    }
}
