package uk.dln.secretariat.reports.boardpack;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import uk.dln.secretariat.model.boardpack.PackMovement;
import uk.dln.secretariat.model.boardpack.PackMovement.RankedExceptions;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.boardpack.RoadmapPackData;
import uk.dln.secretariat.model.roadmaps.DeliveryConfidence;
import uk.dln.secretariat.model.roadmaps.ExceptionKind;
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
 * Roadmap summary: delivery confidence by organisation (the judged overall confidence, and apart from it the least
 * confident milestone) with the key to the scale, the exceptions ranked and limited, then per organisation, several
 * to a page, the judgement's reason, the milestones due soon, the slipped ones and the timeline.
 */
final class RoadmapSummaryPart implements PackPart {

    private final PackCharts charts;
    private final PackLinks links = new PackLinks();

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
        exceptions(document, data, PackMovement.of(request).exceptions(request.date(), data.exceptionsLimit(),
                data.reviewGraceDays(), data.roadmaps()));
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
        data.overall().values().forEach(c -> shown.add(c.confidence()));
        var columns = new ArrayList<Column>(List.of(new Column(texts.get("roadmaps.network.organisation"), 5),
                new Column(texts.get("pack.confidence.overall"), 3),
                new Column(texts.get("pack.confidence.leastMilestone"), 3)));
        shown.forEach(c -> columns.add(new Column(texts.get("pack.roadmaps.openWith", texts.get(c.messageKey())), 2)));
        columns.add(new Column(texts.get("roadmaps.network.slipped"), 2));
        columns.add(new Column(texts.get("roadmaps.network.risks"), 2));
        var table = new WordTable(document, columns);
        for (OrganisationRoadmap roadmap : data.roadmaps()) {
            var cells = new ArrayList<Cell>();
            cells.add(Cell.of(roadmap.organisationName()));
            cells.add(data.overallConfidence(roadmap).map(c -> Cells.confidence(texts, c.confidence()))
                    .orElse(Cell.of(texts.get("pack.confidence.notJudged"))));
            cells.add(roadmap.overallConfidence().map(c -> Cells.confidence(texts, c))
                    .orElse(Cell.of(texts.get("roadmaps.network.noOpen"))));
            shown.forEach(c -> cells.add(Cells.number(roadmap.countOpen(c))));
            cells.add(Cells.number(data.slipped(roadmap).size()));
            cells.add(Cells.number(roadmap.risks().stream().filter(r -> r.status() == RiskStatus.OPEN).count()));
            table.row(cells);
        }
        table.write();
        key(document, shown);
    }

    /** The definitions of the scale's values in use, so a reader knows what each word means. */
    private static void key(WordDocument document, EnumSet<DeliveryConfidence> shown) {
        var texts = document.texts();
        document.labelled(texts.get("pack.confidence.key"), "");
        for (DeliveryConfidence confidence : shown) {
            document.paragraph("Caption", texts.get(confidence.definitionKey()));
        }
    }

    private static void exceptions(WordDocument document, RoadmapPackData data, RankedExceptions exceptions) {
        var texts = document.texts();
        document.heading(2, texts.get("pack.roadmaps.exceptions"));
        document.body(texts.get("pack.exceptions.note", data.slippageThresholdDays(), data.reviewGraceDays()));
        if (exceptions.isEmpty()) {
            document.body(texts.get("roadmaps.exceptions.none"));
            return;
        }
        var table = new WordTable(document, List.of(new Column(texts.get("roadmaps.network.organisation"), 4),
                new Column(texts.get("roadmaps.exceptions.item"), 6),
                new Column(texts.get("roadmaps.exceptions.reason"), 5)));
        exceptions.byOrganisation().forEach((organisation, entries) -> {
            for (int i = 0; i < entries.size(); i++) {
                ExceptionsReport.Entry entry = entries.get(i);
                table.row(i == 0 ? Cell.bold(organisation) : Cell.of(""), Cell.of(entry.item()),
                        Cell.of(texts.get(reasonKey(entry.kind()), entry.days())));
            }
        });
        table.write();
        if (exceptions.leftOut() > 0) {
            document.body(texts.get("pack.exceptions.more", exceptions.leftOut()));
        }
    }

    /** The pack's own wording, with plurals, not the app's. */
    private static String reasonKey(ExceptionKind kind) {
        return switch (kind) {
            case RED_MILESTONE -> "pack.exception.red";
            case SLIPPAGE -> "pack.exception.slippage";
            case OVERDUE_REVIEW -> "pack.exception.overdueReview";
        };
    }

    private void organisation(WordDocument document, RoadmapPackData data, OrganisationRoadmap roadmap,
                              PackRequest request) {
        var texts = document.texts();
        // Several organisations to a page: each starts where the last ends, and its tables keep their rows whole.
        links.bookmark(document.heading(2, roadmap.organisationName()), PackLinks.roadmap(roadmap.roadmap().id()));
        document.body(texts.get("pack.roadmaps.strategy", roadmap.roadmap().strategyTitle()));
        data.overallConfidence(roadmap).ifPresent(judgement -> document.body(texts.get("pack.confidence.judged",
                texts.get(judgement.confidence().messageKey()), texts.date(judgement.setOn()),
                judgement.rationale())));

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
                timeline.printedWidthTwips(), timeline.altText());
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
