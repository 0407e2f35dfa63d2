package uk.dln.secretariat.reports.trackers;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.PackSection;
import uk.dln.secretariat.reports.ExportSteps;
import uk.dln.secretariat.reports.Texts;

/**
 * Writes the trackers (.xlsx): a summary sheet with counts and a chart, then a sheet for each tracked record the
 * pack includes. XSSF rather than streaming SXSSF, since the summary chart needs it; the sheets are a few hundred rows.
 */
public final class TrackerWorkbookWriter {

    private final Texts texts;

    public TrackerWorkbookWriter(Texts texts) {
        this.texts = texts;
    }

    public void write(PackRequest request, OutputStream out, ExportSteps steps) throws IOException {
        String marking = request.marking().label();
        try (var workbook = new XSSFWorkbook()) {
            var styles = new TrackerStyles(workbook);
            steps.starting("trackers.sheet.summary", 0, 4);
            new SummarySheet(workbook, styles, texts).write(request);
            var sheets = new RoadmapSheets(workbook, styles, texts, marking);
            var data = request.roadmaps();
            if (data.isPresent() && request.includes(PackSection.ROADMAPS)) {
                steps.starting("trackers.sheet.milestones", 1, 4);
                sheets.milestones(data.get());
            }
            if (data.isPresent() && request.includes(PackSection.INDICATORS)) {
                steps.starting("trackers.sheet.indicators", 2, 4);
                sheets.indicators(data.get());
            }
            if (data.isPresent() && request.includes(PackSection.RISKS)) {
                steps.starting("trackers.sheet.risks", 3, 4);
                sheets.risks(data.get(), request.date());
            }
            var properties = workbook.getProperties().getCoreProperties();
            properties.setTitle(texts.get("trackers.document.title", request.networkName(), request.title()));
            properties.setCreator(texts.get("pack.document.creator"));
            steps.starting("pack.progress.saving", 4, 4);
            workbook.write(out);
        }
    }
}
