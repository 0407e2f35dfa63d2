package uk.dln.secretariat.reports.boardpack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.dln.secretariat.model.boardpack.IndicatorSeries;
import uk.dln.secretariat.model.boardpack.PackMovement;
import uk.dln.secretariat.model.boardpack.PackRequest;
import uk.dln.secretariat.model.roadmaps.IndicatorTrack;
import uk.dln.secretariat.reports.word.WordDocument;
import uk.dln.secretariat.reports.word.WordTable;
import uk.dln.secretariat.reports.word.WordTable.Cell;
import uk.dln.secretariat.reports.word.WordTable.Column;

/**
 * Indicator trends: where every indicator stands against its target line, then, by organisation, the charts of those
 * off track or that moved on or off track since the last issued pack, two to a row at their printed size.
 */
final class IndicatorTrendsPart implements PackPart {

    private final PackCharts charts;

    IndicatorTrendsPart(PackCharts charts) {
        this.charts = charts;
    }

    /** The indicators whose chart the pack shows: those off track, and those that moved on or off track. */
    static List<IndicatorSeries> charted(PackRequest request) {
        var moved = new java.util.HashSet<Long>();
        PackMovement.of(request).indicators().forEach(m -> moved.add(m.series().indicator().id()));
        return request.roadmaps().map(r -> r.indicators()).orElse(List.of()).stream()
                .filter(s -> s.track() == IndicatorTrack.OFF_TRACK || moved.contains(s.indicator().id())).toList();
    }

    @Override
    public String titleKey() {
        return "pack.section.indicators";
    }

    @Override
    public void write(WordDocument document, PackRequest request) {
        var texts = document.texts();
        document.heading(1, texts.get("pack.section.indicators"));
        List<IndicatorSeries> all = request.roadmaps().map(r -> r.indicators()).orElse(List.of());
        if (all.isEmpty()) {
            document.body(texts.get("pack.indicators.none"));
            return;
        }
        document.body(texts.get("pack.indicators.intro"));
        var table = new WordTable(document, List.of(new Column(texts.get("roadmaps.network.organisation"), 4),
                new Column(texts.get("pack.indicator.name"), 5), new Column(texts.get("pack.indicator.baseline"), 2),
                new Column(texts.get("pack.indicator.latest"), 3), new Column(texts.get("pack.indicator.target"), 3),
                new Column(texts.get("pack.indicator.track"), 2)));
        for (IndicatorSeries series : all) {
            var indicator = series.indicator();
            table.row(Cell.of(series.organisation()), Cell.of(indicator.name()),
                    Cell.of(Numbers.withUnit(indicator.baseline(), indicator.unit())),
                    Cell.of(series.latest().map(r -> texts.get("pack.indicator.latestValue",
                            Numbers.withUnit(r.value(), indicator.unit()), r.period().label())).orElse("")),
                    Cell.of(texts.get("pack.indicator.targetValue", Numbers.withUnit(indicator.target(),
                            indicator.unit()), texts.shortDate(indicator.targetDate()))),
                    Cells.track(texts, series.track()));
        }
        table.write();

        // Charts only where they carry news; the trackers keep every indicator's full series.
        List<IndicatorSeries> charted = charted(request);
        if (charted.isEmpty()) {
            document.body(texts.get("pack.indicators.noCharts"));
            return;
        }
        document.body(texts.get("pack.indicators.charted", charted.size()));
        Map<String, List<IndicatorSeries>> byOrganisation = charted.stream().collect(Collectors.groupingBy(
                IndicatorSeries::organisation, LinkedHashMap::new, Collectors.toList()));
        byOrganisation.forEach((organisation, series) -> {
            var heading = document.heading(2, organisation);
            // "At a glance" links an indicator that moved to its organisation's charts, by roadmap.
            series.stream().map(s -> s.indicator().roadmapId()).distinct()
                    .forEach(roadmapId -> document.bookmark(heading.getCTP(), PackLinks.indicators(roadmapId)));
            var paragraph = document.paragraph("Normal", "");
            for (int i = 0; i < series.size(); i++) {
                var image = charts.trend(series.get(i));
                if (i % 2 == 1) {
                    paragraph.createRun().setText("   ");
                }
                var run = paragraph.createRun();
                document.picture(run, image.png(), image.width(), image.height(), image.printedWidthTwips(),
                        image.altText());
            }
        });
        document.paragraph("Caption", texts.get("pack.indicators.caption"));
    }
}
