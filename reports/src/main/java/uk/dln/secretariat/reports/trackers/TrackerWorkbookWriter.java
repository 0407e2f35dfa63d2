package uk.dln.secretariat.reports.trackers;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.model.boardpack.SelfAssessmentPackData;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.XmlText;

/**
 * Writes the trackers (.xlsx): a summary sheet with counts and a chart, then the actions and a sheet for each
 * tracked record the pack includes, each of those an Excel Table the summary's formulas count over. The rows are
 * streamed ({@link TrackerWorkbook}): at a decade's scale the sheets hold tens of thousands of cells.
 */
public final class TrackerWorkbookWriter {

    private final Texts texts;

    public TrackerWorkbookWriter(Texts texts) {
        this.texts = texts;
    }

    public void write(PackRequest request, OutputStream out, ExportSteps steps) throws IOException {
        String marking = request.marking().label();
        var workbook = new TrackerWorkbook();
        try {
            var styles = new TrackerStyles(workbook.whole());
            steps.starting("trackers.sheet.summary", 0, 6);
            // First in the workbook, but filled last: its formulas name the Tables on the other sheets.
            var summary = new SummarySheet(workbook, styles, texts);
            Optional<DataSheet> actions = Optional.empty();
            if (request.meeting().isPresent() && request.includes(PackSection.ACTIONS)) {
                steps.starting("trackers.sheet.actions", 1, 6);
                actions = Optional.of(ActionSheet.write(workbook, styles, texts, marking,
                        request.meeting().get().actionLog(), request.date()));
            }
            var sheets = new RoadmapSheets(workbook, styles, texts, marking);
            var data = request.roadmaps();
            Optional<DataSheet> milestones = Optional.empty();
            Optional<DataSheet> indicators = Optional.empty();
            Optional<DataSheet> risks = Optional.empty();
            if (data.isPresent() && request.includes(PackSection.ROADMAPS)) {
                steps.starting("trackers.sheet.milestones", 2, 6);
                milestones = Optional.of(sheets.milestones(data.get()));
            }
            if (data.isPresent() && request.includes(PackSection.INDICATORS)) {
                steps.starting("trackers.sheet.indicators", 3, 6);
                indicators = Optional.of(sheets.indicators(data.get()));
            }
            if (data.isPresent() && request.includes(PackSection.RISKS)) {
                steps.starting("trackers.sheet.risks", 4, 6);
                risks = Optional.of(sheets.risks(data.get(), request.date()));
            }
            var heatMap = request.selfAssessment().flatMap(SelfAssessmentPackData::heatMap);
            if (heatMap.isPresent() && request.includes(PackSection.SELF_ASSESSMENT)) {
                // Every rating of the latest round; the summary does not count them, the sheet is read on its own.
                steps.starting("trackers.sheet.ratings", 5, 6);
                new RatingSheet(texts).write(workbook, styles, heatMap.get(), marking);
            }
            summary.write(request, new TrackerTables(actions, milestones, indicators, risks));
            // The stored results are right as written; recalculating on open keeps them so after any edit elsewhere.
            workbook.setForceFormulaRecalculation(true);
            var properties = workbook.whole().getProperties().getCoreProperties();
            properties.setTitle(XmlText.clean(texts.get("trackers.document.title", request.networkName(), request.title())));
            properties.setCreator(texts.get("pack.document.creator"));
            properties.getUnderlyingProperties().setLanguageProperty(texts.languageTag());
            steps.starting("pack.progress.saving", 6, 6);
            workbook.write(out);
        } finally {
            workbook.release();
        }
    }
}
