package uk.dln.secretariat.reports.boardpack;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.word.WordDocument;

/**
 * Writes the board pack (.docx): the cover and contents, then each chosen section on a new page, in the pack's
 * order. A new section is one more {@link PackPart} and one more case in {@link #part}.
 */
public final class BoardPackWriter {

    private final Texts texts;

    public BoardPackWriter(Texts texts) {
        this.texts = texts;
    }

    /** The parts the request asks for, cover first; a pack for a day without a meeting has no meeting sections. */
    List<PackPart> parts(PackRequest request, PackCharts charts) {
        var parts = new ArrayList<PackPart>();
        parts.add(new CoverPage());
        request.orderedSections().stream().filter(s -> !s.fromMeeting() || request.meeting().isPresent())
                .forEach(section -> parts.add(part(section, charts)));
        return parts;
    }

    private static PackPart part(PackSection section, PackCharts charts) {
        return switch (section) {
            case AT_A_GLANCE -> new AtAGlancePart();
            case AGENDA, MINUTES, ACTIONS, PAPERS -> new MeetingPart(section);
            case ROADMAPS -> new RoadmapSummaryPart(charts);
            case INDICATORS -> new IndicatorTrendsPart(charts);
            case RISKS -> new RiskSummaryPart();
            case SELF_ASSESSMENT -> new SelfAssessmentPart();
        };
    }

    /**
     * Starts drawing the charts the request's pack will show, in this writer's language, for {@link #write(PackRequest,
     * PackCharts, OutputStream, ExportSteps)} to place; the caller closes them once the pack is written or abandoned.
     */
    public PackCharts startDrawingCharts(PackRequest request) {
        return PackCharts.startDrawing(request, texts);
    }

    /** Writes the pack to the stream, its charts drawn beside it as it is written. */
    public void write(PackRequest request, OutputStream out, ExportSteps steps) throws IOException {
        try (var charts = startDrawingCharts(request)) {
            write(request, charts, out, steps);
        }
    }

    /**
     * Writes the pack to the stream with charts already being drawn for the same request. {@code steps} hears of
     * each part before it is written and may stop the export by throwing; the stream is then left unwritten.
     */
    public void write(PackRequest request, PackCharts charts, OutputStream out, ExportSteps steps)
            throws IOException {
        String title = texts.get("pack.document.title", request.networkName(), request.title());
        try (var document = new WordDocument(texts, request.marking().label(), title)) {
            document.describedAs(texts.get("pack.document.subject", request.networkName(), request.title()),
                    texts.get("pack.document.keywords", request.marking().label()));
            List<PackPart> parts = parts(request, charts);
            for (int i = 0; i < parts.size(); i++) {
                PackPart part = parts.get(i);
                steps.starting(part.titleKey(), i, parts.size());
                if (i > 1) {
                    document.pageBreak();
                }
                part.write(document, request);
            }
            steps.starting("pack.progress.saving", parts.size(), parts.size());
            document.write(out);
        }
    }
}
