package uk.dln.secretariat.reports.boardpack;

import java.util.List;
import uk.dln.secretariat.model.boardpack.AgendaEntry;
import uk.dln.secretariat.model.boardpack.MeetingPackData;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.reports.meetings.ActionLogSection;
import uk.dln.secretariat.reports.meetings.AgendaSection;
import uk.dln.secretariat.reports.meetings.CoverSheetSection;
import uk.dln.secretariat.reports.meetings.MinutesSection;
import uk.dln.secretariat.reports.word.WordDocument;

/** The meeting's sections of the pack: agenda, previous minutes, action log and the papers' cover sheets. */
final class MeetingPart implements PackPart {

    private final PackSection section;

    MeetingPart(PackSection section) {
        this.section = section;
    }

    @Override
    public String titleKey() {
        return section.messageKey();
    }

    @Override
    public void write(WordDocument document, PackRequest request) {
        var texts = document.texts();
        MeetingPackData data = request.meeting().orElseThrow();
        switch (section) {
            case AGENDA -> AgendaSection.write(document, data.meeting(), data.chair(), data.agenda());
            case MINUTES -> data.previous().ifPresentOrElse(
                    previous -> MinutesSection.write(document, previous, previous.draft() ? section.messageKey()
                            : "pack.minutes.previousApproved"),
                    () -> {
                        document.heading(1, texts.get(section.messageKey()));
                        document.body(texts.get("pack.minutes.noPrevious"));
                    });
            case ACTIONS -> ActionLogSection.write(document, data.actionLog(), request.date());
            case PAPERS -> papers(document, data, request);
            default -> throw new IllegalArgumentException("not a meeting section: " + section);
        }
    }

    private static void papers(WordDocument document, MeetingPackData data, PackRequest request) {
        var texts = document.texts();
        document.heading(1, texts.get(PackSection.PAPERS.messageKey()));
        List<AgendaEntry> papers = data.coveredPapers();
        if (papers.isEmpty()) {
            document.body(texts.get("pack.papers.none"));
            return;
        }
        document.body(texts.get("pack.papers.intro", papers.size()));
        // Each cover sheet on a page of its own, as it would be clipped to its paper; the first follows the intro.
        for (int i = 0; i < papers.size(); i++) {
            if (i > 0) {
                document.pageBreak();
            }
            AgendaEntry paper = papers.get(i);
            var heading = CoverSheetSection.write(document, data.meeting(), paper, 2,
                    request.inaccessiblePapers(paper.line().item().id()));
            document.bookmark(heading.getCTP(), PackLinks.paper(paper.line().item().id()));
        }
    }
}
