package uk.dln.secretariat.reports.boardpack;

import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.reports.word.WordDocument;

/** The cover: marking, network, "Board pack", what it is for and the date, then the contents on the next page. */
final class CoverPage implements PackPart {

    @Override
    public String titleKey() {
        return "pack.cover.progress";
    }

    @Override
    public void write(WordDocument document, PackRequest request) {
        var texts = document.texts();
        document.paragraph("Title", texts.get("pack.cover.title"));
        document.paragraph("Subtitle", request.networkName());
        document.paragraph("Subtitle", request.title());
        // The day the pack is issued, which may be a week before the meeting: what "overdue" is judged on.
        document.body(texts.get("pack.cover.asAt", texts.date(request.date())));
        request.roadmaps().ifPresent(data -> document.body(texts.get("pack.cover.period", data.period().label())));
        document.body(texts.get("pack.cover.marking", request.marking().label()));
        document.body(texts.get("pack.cover.handling"));
        document.pageBreak();
        document.paragraph("Heading1", texts.get("pack.contents.heading"));
        document.contentsHere();
    }
}
