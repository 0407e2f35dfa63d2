package uk.dln.secretariat.reports.boardpack;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.ExceptionsReport;
import uk.dln.secretariat.model.roadmaps.Milestone;
import uk.dln.secretariat.model.roadmaps.OrganisationRoadmap;
import uk.dln.secretariat.model.roadmaps.RiskStatus;
import uk.dln.secretariat.reports.Texts;
import uk.dln.secretariat.reports.charts.ChartImage;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/**
 * Roadmap summary: delivery confidence by organisation, the exceptions report, then per organisation the milestones
 * due soon, the slipped ones and the timeline.
 */
final class RoadmapSummaryPart implements PackPart {

    private final PackCharts charts;

    RoadmapSummaryPart(PackCharts charts) {
        this.charts = charts;
    }

    @Override
    public String titleKey() {
        return "pack.section.roadmaps";
    }

    @Override
    public void write(WordDocument document, PackRequest request) {
        var texts = document.texts();
        document.heading(1, texts.get("pack.section.roadmaps"));
        if (request.roadmaps().isEmpty() || request.roadmaps().get().roadmaps().isEmpty()) {
            document.body(texts.get("pack.roadmaps.none"));
            return;
        }
        RoadmapPackData data = request.roadmaps().get();
        document.body(texts.get("pack.roadmaps.intro", data.roadmaps().size(), data.period().label(),
                texts.date(request.date()), data.slippageThresholdDays()));
        confidenceTable(document, data);
        exceptions(document, data.exceptions(request.date()));
        for (OrganisationRoadmap roadmap : data.roadmaps()) {
            organisation(document, data, roadmap, request);
        }
    }

    private static void confidenceTable(WordDocument document, RoadmapPackData data) {
        var texts = document.texts();
        document.heading(2, texts.get("roadmaps.network.heading"));
        var shown = EnumSet.of(DeliveryConfidence.RED, DeliveryConfidence.AMBER, DeliveryConfidence.GREEN);
        data.roadmaps().forEach(r -> r.milestones().stream().filter(m -> m.status().isOpen())
                .forEach(m -> shown.add(m.confidence())));
        var columns = new ArrayList<Column>(List.of(new Column(texts.get("roadmaps.network.organisation"), 5),
                new Column(texts.get("roadmaps.network.confidence"), 3)));
        shown.forEach(c -> columns.add(new Column(texts.get("pack.roadmaps.openWith", texts.get(c.messageKey())), 2)));
        columns.add(new Column(texts.get("roadmaps.network.slipped"), 2));
        columns.add(new Column(texts.get("roadmaps.network.risks"), 2));
        var table = new WordTable(document, columns);
        for (OrganisationRoadmap roadmap : data.roadmaps()) {
            var cells = new ArrayList<Cell>();
            cells.add(Cell.of(roadmap.organisationName()));
            cells.add(roadmap.overallConfidence().map(c -> Cells.confidence(texts, c))
                    .orElse(Cell.of(texts.get("roadmaps.network.noOpen"))));
            shown.forEach(c -> cells.add(Cells.number(roadmap.countOpen(c))));
            cells.add(Cells.number(data.slipped(roadmap).size()));
            cells.add(Cells.number(roadmap.risks().stream().filter(r -> r.status() == RiskStatus.OPEN).count()));
            table.row(cells);
        }
        table.write();
    }

    private static void exceptions(WordDocument document, ExceptionsReport report) {
        var texts = document.texts();
        document.heading(2, texts.get("pack.roadmaps.exceptions"));
        if (report.isEmpty()) {
            document.body(texts.get("roadmaps.exceptions.none"));
            return;
        }
        document.body(texts.get("roadmaps.exceptions.note"));
        var table = new WordTable(document, List.of(new Column(texts.get("roadmaps.network.organisation"), 4),
                new Column(texts.get("roadmaps.exceptions.item"), 6),
                new Column(texts.get("roadmaps.exceptions.reason"), 5)));
        for (ExceptionsReport.Entry entry : report.entries()) {
            table.row(Cell.of(entry.organisation()), Cell.of(entry.item()),
                    Cell.of(texts.get(entry.kind().messageKey(), entry.days())));
        }
        table.write();
    }

    private void organisation(WordDocument document, RoadmapPackData data, OrganisationRoadmap roadmap,
                              PackRequest request) {
        var texts = document.texts();
        document.pageBreak();
        document.heading(2, roadmap.organisationName());
        document.body(texts.get("pack.roadmaps.strategy", roadmap.roadmap().strategyTitle()));

        document.heading(3, texts.get("pack.roadmaps.dueSoon", texts.date(RoadmapPackData.lookAheadEnd(request.date()))));
        List<Milestone> due = RoadmapPackData.dueSoon(roadmap, request.date());
        if (due.isEmpty()) {
            document.body(texts.get("pack.roadmaps.noneDue"));
        } else {
            milestoneTable(document, texts, due);
        }

        document.heading(3, texts.get("pack.roadmaps.slipped", data.slippageThresholdDays()));
        List<Milestone> slipped = data.slipped(roadmap);
        if (slipped.isEmpty()) {
            document.body(texts.get("pack.roadmaps.noneSlipped"));
        } else {
            milestoneTable(document, texts, slipped);
        }

        document.heading(3, texts.get("pack.roadmaps.timeline"));
        ChartImage timeline = charts.timeline(roadmap);
        var paragraph = document.paragraph("Normal", "");
        document.picture(paragraph.createRun(), timeline.png(), timeline.width(), timeline.height(),
                WordDocument.TEXT_WIDTH, timeline.altText());
        document.paragraph("Caption", texts.get("pack.roadmaps.timeline.caption"));
    }

    private static void milestoneTable(WordDocument document, Texts texts, List<Milestone> milestones) {
        var table = new WordTable(document, List.of(new Column(texts.get("pack.milestone.title"), 6),
                new Column(texts.get("pack.milestone.owner"), 4),
                new Column(texts.get("pack.milestone.baseline"), 3),
                new Column(texts.get("pack.milestone.forecast"), 3),
                new Column(texts.get("pack.milestone.slippage"), 3),
                new Column(texts.get("pack.milestone.confidence"), 3)));
        for (Milestone m : milestones) {
            table.row(Cell.of(m.title()), Cell.of(m.owner()), Cells.date(texts, m.baselineDate()),
                    Cells.date(texts, m.forecastDate()), Cells.slippage(texts, m), Cells.confidence(texts, m.confidence()));
        }
        table.write();
    }
}
